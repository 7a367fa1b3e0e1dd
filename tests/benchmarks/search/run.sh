#!/usr/bin/env bash
# Measures search on a notes folder (default /work/shared/notes), SiteGen's beside Pagefind 1.6.0's:
#   1. cold build time with and without search: this commit's CLI against the same tree with the two search
#      stages removed from SiteBuilder.Pipelines, built side by side, runs alternated, medians compared;
#   2. the sizes of the search files;
#   3. Pagefind (npm, in a temporary folder) over the same built site, and both engines in headless Chromium
#      (/usr/bin/chromium) over HTTP with gzip (server.js), a new browser context per query, unthrottled and at 4x
#      CPU slowdown: first results, bytes transferred, later queries, the next page view, and whether the expected
#      page of each query in queries.json is in the top 3 (compare.js).
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
    "search adds $(echo "scale=1; ($with - $without) * 100 / $without" | bc)% (before this change: ~20%)"
done

site="$work/site-with"
gz() { gzip -9 -c "$1" | wc -c; }
echo "== search files (gzip -9)"
echo "index.js: $(wc -c <"$site/assets/search/index.js") bytes raw, $(gz "$site/assets/search/index.js") gzip"
shards=$(ls "$site"/assets/search/t/*.js | wc -l)
echo "shards: $shards, gzip median $(for f in "$site"/assets/search/t/*.js; do gz "$f"; done | median), max $(for f in "$site"/assets/search/t/*.js; do gz "$f"; done | sort -n | tail -1) bytes (those of the words typed load)"
echo "snippet files: $(ls "$site"/assets/search/p*.js | wc -l), gzip median $(for f in "$site"/assets/search/p*.js; do gz "$f"; done | median) bytes (those of the results shown load)"
echo "engine + stemmer: $(( $(gz "$(ls "$site"/assets/js/search-engine.*.js)") + $(gz "$(ls "$site"/assets/vendor/stemmer.*.js)") )) bytes gzip"
if command -v brotli >/dev/null 2>&1; then
  echo "all search files: $(cat "$site"/assets/search/index.js "$site"/assets/search/t/*.js | gzip -9 | wc -c) gzip, $(cat "$site"/assets/search/index.js "$site"/assets/search/t/*.js | brotli -q 11 -c | wc -c) brotli -q 11 (index and shards, concatenated)"
fi

echo "== Pagefind 1.6.0 over the same built site (npm, into a temporary folder)"
(cd "$work" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund pagefind@1.6.0 >/dev/null)
cp -r "$site" "$work/site-pagefind"
"$work/node_modules/.bin/pagefind" --site "$work/site-pagefind" | tail -3
# Pagefind sits beside SiteGen's own search files in one copy, served once.
port=$((20000 + RANDOM % 20000))
node "$repo/tests/benchmarks/search/server.js" "$work/site-pagefind" "$port" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
sleep 1

echo "== first results, transfer and ranking in headless Chromium, over http://127.0.0.1 with gzip"
PLAYWRIGHT_CORE="$(dotnet nuget locals global-packages -l | sed 's/^global-packages: //')microsoft.playwright/1.64.1/.playwright/package" \
  node "$repo/tests/benchmarks/search/compare.js" "http://127.0.0.1:$port" "$repo/tests/benchmarks/search/queries.json" 2>"$work/per-query.log"
echo "(per-query lines: $work/per-query.log, removed on exit)"
