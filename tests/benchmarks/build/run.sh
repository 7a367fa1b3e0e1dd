#!/usr/bin/env bash
# Cold whole-process build benchmark: publishes sitegen natively (Native AOT, as released) and, for comparison, as
# the JIT build (Release, ReadyToRun), then builds the notes tree and ten copies of it as fresh processes, and prints
# wall time, pages per second and peak memory (max RSS). Native AOT needs a C toolchain (gcc or clang).
# Usage: tests/benchmarks/build/run.sh [NOTES_DIR] [RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
notes="${1:-$root/../shared/notes}"
runs="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet publish "$root/src/SiteGen.Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$work/native" -v q -nologo >/dev/null
dotnet publish "$root/src/SiteGen.Cli" -c Release -r linux-x64 --self-contained false \
  -p:PublishReadyToRun=true -o "$work/jit" -v q -nologo >/dev/null

# Ten copies of the tree side by side: 10x the pages, links and images.
mkdir -p "$work/notes10"
for i in $(seq 0 9); do cp -r "$notes" "$work/notes10/copy$i"; done

measure() { # name binary-folder input
  local name="$1" bin="$2" input="$3" walls=() peak=0 pages=0
  for _ in $(seq 1 "$runs"); do
    rm -rf "$work/site"
    /usr/bin/time -f "%e %M" -o "$work/time" "$bin/sitegen" build --input "$input" --output "$work/site" > "$work/out" 2>&1 || { cat "$work/out"; exit 1; }
    read -r wall rss < "$work/time"
    walls+=("$wall")
    (( rss > peak )) && peak=$rss
    pages=$(grep -oE '[0-9]+ pages' "$work/out" | grep -oE '[0-9]+')
  done
  local median
  median=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  printf '%-12s %5d pages  median %5.2f s wall (runs: %s)  %6.0f pages/s  peak %4d MB\n' \
    "$name" "$pages" "$median" "${walls[*]}" "$(awk -v p="$pages" -v m="$median" 'BEGIN { print p / m }')" $(( peak / 1024 ))
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
measure "notes" "$work/native" "$notes"
measure "notes x10" "$work/native" "$work/notes10"
measure "notes (JIT)" "$work/jit" "$notes"
"$work/native/sitegen" build --input "$notes" --output "$work/site" --timings | grep -v ': warning ' || true
