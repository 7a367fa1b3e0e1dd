#!/usr/bin/env bash
# Preview server benchmark (issue 4): publishes sitegen (Release), serves a temporary copy of the notes on a loopback
# port, and measures with client.js (Node):
#   1. save -> reload: 50 saves of one lesson, from the write to the `reload` event naming its page arriving on an
#      SSE connection; median and p95 (saves GAP_MS apart, then the same back to back);
#   2. memory: the server's RSS (/proc/PID/status VmRSS) after the first and after the 500th of 500 saves back to
#      back (the site-wide step waits for a pause, so it does not run), then after the first and the 100th of 100
#      saves 1000 ms apart (it runs after each);
#   3. load: 200 concurrent keep-alive clients fetching pages for 10 s; requests and errors.
# Usage: tests/benchmarks/serve/run.sh [NOTES_DIR] [LESSON (relative to NOTES_DIR)]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
notes="${1:-$root/../shared/notes}"
gap="${GAP_MS:-1000}"
work="$(mktemp -d)"
server=""
cleanup() { [[ -n "$server" ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

dotnet publish "$root/src/SiteGen.Cli" -c Release -r linux-x64 --self-contained false \
  -p:PublishReadyToRun=true -o "$work/bin" -v q -nologo >/dev/null
cp -r "$notes" "$work/notes"
# A lesson of middling size unless one is given: the 50th-largest page.
lesson="${2:-$(cd "$work/notes" && find . -name '*.md' -printf '%s %P\n' | sort -rn | sed -n 50p | cut -d' ' -f2-)}"

"$work/bin/sitegen" serve --input "$work/notes" --port 0 > "$work/out" 2> "$work/err" &
server=$!
for _ in $(seq 1 600); do grep -q '^serving ' "$work/out" && break; sleep 0.1; done
url="$(grep -oE 'http://127\.0\.0\.1:[0-9]+/' "$work/out" | head -1)"
[[ -n "$url" ]] || { cat "$work/out" "$work/err"; exit 1; }
sleep 2 # let the first site-wide step settle

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); server $url (pid $server), lesson $lesson"
grep -E '^rebuilt' "$work/out" | head -2 | sed 's/^/first build: /'
node "$root/tests/benchmarks/serve/client.js" latency "$url" "$work/notes" "$lesson" 50 "$gap"
node "$root/tests/benchmarks/serve/client.js" latency "$url" "$work/notes" "$lesson" 50 0
node "$root/tests/benchmarks/serve/client.js" edits "$url" "$work/notes" "$lesson" 500 "$server"
node "$root/tests/benchmarks/serve/client.js" edits "$url" "$work/notes" "$lesson" 100 "$server" 1000
sleep 2
pages=$(cd "$work/notes" && find . -name '*.md' -printf '%P\n' | sort | head -40 |
  sed -E 's#(^|/)(README|index)\.md$#\1index.html#I; s#\.md$#.html#' | sed 's/ /%20/g')
# shellcheck disable=SC2086
node "$root/tests/benchmarks/serve/client.js" load "$url" 200 10 $pages
echo "server RSS at the end: $(awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' /proc/$server/status)"
