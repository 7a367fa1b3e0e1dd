#!/usr/bin/env bash
# Measures the three search targets of issue 6 on a notes folder (default /work/shared/notes):
#   1. what the first search transfers, gzip -9 and brotli -q 11 (index + MiniSearch + stemmer; snippet files are per result page)
#   2. query time in headless Chromium (/usr/bin/chromium), from a file:// copy of the site
#   3. cold build time with and without search: this commit's CLI against the same tree with the two search
#      stages removed from SiteBuilder.Pipelines, built side by side, runs alternated, medians compared.
# Usage: tests/benchmarks/search/run.sh [notes folder] [build runs]
set -euo pipefail
notes="${1:-/work/shared/notes}"
runs="${2:-7}"
repo="$(cd "$(dirname "$0")/../../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "== building the CLI with search, and a copy without the search stages"
dotnet build "$repo/src/SiteGen.Cli" -c Release -o "$work/with" -v q -nologo >/dev/null
git -C "$repo" archive HEAD | tar -x -C "$work" --one-top-level=src-without
sed -i -e 's/ new ExtractSearchText(),//' -e 's/new WriteSearchIndex(Pages), //' \
  "$work/src-without/src/SiteGen.Core/Building/SiteBuilder.cs"
! grep -q 'SearchText\|SearchIndex' "$work/src-without/src/SiteGen.Core/Building/SiteBuilder.cs"
dotnet build "$work/src-without/src/SiteGen.Cli" -c Release -o "$work/without" -v q -nologo >/dev/null

build() { # $1 = with|without; prints "wall cpu" seconds of one cold build (a new process, an empty output folder)
  rm -rf "$work/site-$1"
  local t
  t=$( { TIMEFORMAT='%R %U %S'; time dotnet "$work/$1/sitegen.dll" build --input "$notes" --output "$work/site-$1" >/dev/null 2>&1; } 2>&1 )
  echo "$t" | awk '{printf "%.2f %.2f\n", $1, $2 + $3}'
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

echo "== cold builds, $runs each, alternated (wall and CPU seconds; CPU is the steadier figure on a shared machine)"
: >"$work/t-with"; : >"$work/t-without"
for _ in $(seq "$runs"); do
  build without >>"$work/t-without"
  build with >>"$work/t-with"
done
for kind in wall cpu; do
  col=$([ $kind = wall ] && echo 1 || echo 2)
  with=$(cut -d' ' -f$col "$work/t-with" | median); without=$(cut -d' ' -f$col "$work/t-without" | median)
  echo "$kind: without search $(cut -d' ' -f$col "$work/t-without" | tr '\n' ' ')-> median ${without}s;" \
    "with search $(cut -d' ' -f$col "$work/t-with" | tr '\n' ' ')-> median ${with}s;" \
    "search adds $(echo "scale=1; ($with - $without) * 100 / $without" | bc)% (target <= 15%)"
done

site="$work/site-with"
gz() { gzip -9 -c "$1" | wc -c; }
index=$(gz "$site/assets/search/index.js")
mini=$(gz "$(ls "$site"/assets/vendor/minisearch.*.js)")
stem=$(gz "$(ls "$site"/assets/vendor/stemmer.*.js)")
shards=$(ls "$site"/assets/search/p*.js | wc -l)
shardmax=$(for f in "$site"/assets/search/p*.js; do gz "$f"; done | sort -n | tail -1)
shardmed=$(for f in "$site"/assets/search/p*.js; do gz "$f"; done | median)
echo "== transfer on first search (gzip -9)"
echo "index.js: $(wc -c <"$site/assets/search/index.js") bytes raw, $index gzip"
echo "minisearch.js: $mini, stemmer.js: $stem gzip"
echo "first search total: $((index + mini + stem)) bytes gzip (target <= 409600)"
# Netlify, where the site is published, serves Brotli to browsers that accept it (all current ones), gzip to others.
if command -v brotli >/dev/null 2>&1; then
  br() { brotli -q 11 -c "$1" | wc -c; }
  brtotal=$(( $(br "$site/assets/search/index.js") + $(br "$(ls "$site"/assets/vendor/minisearch.*.js)") + $(br "$(ls "$site"/assets/vendor/stemmer.*.js)") ))
  echo "first search total: $brtotal bytes brotli -q 11, as Netlify serves it (target <= 409600)"
else
  echo "first search total with brotli: not measured (apt-get install brotli)"
fi
echo "snippet files: $shards, gzip median $shardmed, max $shardmax bytes (one per result page shown, loaded as results render)"

echo "== query time in headless Chromium"
PLAYWRIGHT_CORE="$(dotnet nuget locals global-packages -l | sed 's/^global-packages: //')microsoft.playwright/1.64.1/.playwright/package" \
  node "$repo/tests/benchmarks/search/query.js" "$site" 20
