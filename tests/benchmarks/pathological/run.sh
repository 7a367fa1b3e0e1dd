#!/usr/bin/env bash
# Builds each pathological Markdown input (generate.py: cmark-gfm's pathological tests at their sizes, and the inputs
# of issue 12) as one note beside an ordinary README.md, with the Release CLI, and prints per case: the build's wall
# time (and CPU time: user + system, the steadier figure on a shared machine), its exit code, and whether the note was built (note.html written) or reported (SG0007, the page could not be
# processed). A case passes when it takes under the limit (default 10 s) and exits 0 or 1, never 2 (SiteGen broke)
# or 124 (killed by timeout: a hang). Exits 1 when any case fails.
# Usage: tests/benchmarks/pathological/run.sh [limit seconds] [case...]
set -uo pipefail
limit="${1:-10}"
shift || true
repo="$(cd "$(dirname "$0")/../../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "== building the CLI (Release)"
dotnet build "$repo/src/SiteGen.Cli" -c Release -o "$work/cli" -v q -nologo >/dev/null || exit 1
python3 "$repo/tests/benchmarks/pathological/generate.py" "$work/cases" "$@" >"$work/names" || exit 1

printf '%-32s %9s %8s %8s %5s  %s\n' case bytes seconds cpu-s exit note
failed=0
while read -r name; do
  site="$work/cases/$name"
  start=$(date +%s.%N)
  /usr/bin/time -f '%U %S' -o "$site/cpu" timeout "$((limit * 3))" dotnet "$work/cli/sitegen.dll" build --input "$site/input" --output "$site/out" \
    >"$site/stdout" 2>"$site/stderr"
  code=$?
  seconds=$(echo "$(date +%s.%N) - $start" | bc)
  cpu=$(tail -1 "$site/cpu" | awk '{print $1 + $2}')
  if [ -f "$site/out/note.html" ]; then note="built"
  elif grep -q 'note.md.*SG0007' "$site/stderr"; then note="reported SG0007"
  else note="neither"; fi
  verdict=""
  if [ "$code" -ne 0 ] && [ "$code" -ne 1 ]; then verdict="FAIL (exit $code)"; fi
  if [ "$note" = neither ]; then verdict="FAIL (note neither built nor reported)"; fi
  if [ "$(echo "$seconds >= $limit" | bc)" -eq 1 ]; then verdict="FAIL (over ${limit} s)"; fi
  [ -n "$verdict" ] && failed=1
  printf '%-32s %9s %8.2f %8.2f %5s  %s %s\n' "$name" "$(wc -c <"$site/input/note.md")" "$seconds" "$cpu" "$code" "$note" "$verdict"
  [ "$note" = "reported SG0007" ] && grep -m1 'SG0007' "$site/stderr" | sed 's/^/    /'
  [ "$code" -eq 2 ] && head -2 "$site/stderr" | sed 's/^/    /'
done <"$work/names"
echo "(machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
exit $failed
