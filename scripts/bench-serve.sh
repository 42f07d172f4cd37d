#!/usr/bin/env bash
# Benchmarks the live loop: from writing one content file (a scenario under content/ when there is one, else the
# Markdown page with the most cells: a prose edit that makes its page again, cells spliced in) to the `event: reload`
# an SSE client of `docgen serve` receives; median of 10 edits.
# Baseline, measured in the same run: the same edit followed by a plain `docgen build` of the same content (warm
# cache: a new process that parses, keeps the unchanged pages and renders the edited one). Target: ours <= 0.3 s.
# Prints: bench serve-edit-to-reload: ours=<s>s baseline=<s>s ratio=<baseline/ours>x
set -euo pipefail
docgen="$(realpath "${1:-.build/release/docgen}")"
content="${2:-content}"
edits=10
work="$(mktemp -d)"
serve_pid=""
curl_pid=""
cleanup() {
	[ -n "$curl_pid" ] && kill "$curl_pid" 2>/dev/null || true
	[ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT

. "$(dirname "$0")/bench-lib.sh"

# The file edited: the first scenario beside the content, else the Markdown page with the most Python cells (the
# first in name order among equals), never a page without cells.
for copy in serve build; do cp -R "$content" "$work/$copy"; done
relative="$(cd "$work/serve" && { find . -name '*.swift' | sort | head -1; })"
if [ -z "$relative" ]; then
	relative="$(cd "$work/serve" && find . -name '*.md' | sort | while read -r page; do
		printf '%s %s\n' "$(grep -c '^```python' "$page" || true)" "$page"
	done | sort -s -k1,1nr | head -1 | cut -d' ' -f2-)"
fi
relative="${relative#./}"
edit() {  # edit FILE N: append a line that changes the file but not what its cells print
	case "$1" in
	*.swift) printf '// bench edit %s\n' "$2" >>"$1" ;;
	*) printf '\nBench edit %s.\n' "$2" >>"$1" ;;
	esac
}

# One cold build fills the cache (compiling every scenario once); serve and the baseline each start from a copy.
"$docgen" build --allow-errors --content "$work/serve" --out "$work/cold-site" --cache "$work/serve-cache" \
	--snapshots "$work/snapshots" 2>/dev/null
cp -R "$work/serve-cache" "$work/build-cache"

# Ours: docgen serve with an SSE client (curl); bash reads its lines with a blocking read, so nothing is forked while
# a rebuild runs, and takes the time of the `event: reload` line with its own clock.
"$docgen" serve --port 0 --content "$work/serve" --out "$work/serve-site" --cache "$work/serve-cache" \
	--snapshots "$work/snapshots" 2>"$work/serve.err" >/dev/null &
serve_pid=$!
for _ in $(seq 3000); do grep -q '^built \|^error: ' "$work/serve.err" 2>/dev/null && break; sleep 0.1; done
grep -q '^built \|^error: ' "$work/serve.err" || { echo "bench serve: docgen serve did not build" >&2; exit 1; }
port="$(grep -o '127.0.0.1:[0-9]*' "$work/serve.err" | head -1 | cut -d: -f2)"
mkfifo "$work/events"
curl -sN --max-time 3600 "http://127.0.0.1:$port/__docgen/events" >"$work/events" &
curl_pid=$!
exec 3<"$work/events"
next_event() {  # next_event NAME: reads SSE lines until `event: NAME` (gives up after 120 s); sets $received
	local line
	received=""
	while IFS= read -r -t 120 -u 3 line; do
		[ "${line%$'\r'}" = "event: $1" ] && { received=$EPOCHREALTIME; return 0; }
	done
	return 1
}
next_event hello || { echo "bench serve: no hello event" >&2; exit 1; }
# Each round: one edit seen by serve, then the same edit followed by `docgen build` (the baseline, from the same
# warm cache), so both sides see the same machine load.
for i in $(seq "$edits"); do
	start=$EPOCHREALTIME
	edit "$work/serve/$relative" "$i"
	next_event reload || { echo "bench serve: no reload event after edit $i" >&2; exit 1; }
	{ elapsed "$start" "$received" && echo; } >>"$work/ours"
	sleep 0.3
	start=$EPOCHREALTIME
	edit "$work/build/$relative" "$i"
	"$docgen" build --allow-errors --content "$work/build" --out "$work/build-site" --cache "$work/build-cache" \
		--snapshots "$work/snapshots" 2>/dev/null
	{ elapsed "$start" "$EPOCHREALTIME" && echo; } >>"$work/baseline"
	sleep 0.3
done
exec 3<&-

[ -n "${BENCH_VERBOSE:-}" ] && paste "$work/ours" "$work/baseline" >&2  # each edit: ours, baseline
ours="$(median <"$work/ours")"
baseline="$(median <"$work/baseline")"
load="$(cut -d' ' -f1 /proc/loadavg)"
echo "bench serve-edit-to-reload: ours=${ours}s baseline=${baseline}s ratio=$(ratio "$baseline" "$ours" 2)x"
echo "   (median of $edits edits of $content/$relative; ours: file write to the SSE reload event of docgen serve;" \
	"baseline: the same edit, then docgen build; target: ours <= 0.3 s ($(awk -v o="$ours" \
	'BEGIN { print (o <= 0.3 ? "met" : "missed") }')); load $load)"
