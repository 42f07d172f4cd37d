#!/usr/bin/env bash
# Runs a build command (its output passes through unchanged) and fails when it printed a compiler or SwiftPM warning
# about this package's own files (dependencies under .build/ are not ours). Usage: scripts/no-warnings.sh swift build …
# Only files compiled by this run can warn: a fresh clone compiles all of them; `make warnings` recompiles ours.
set -uo pipefail
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
"$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
[ "$status" -eq 0 ] || exit "$status"
# A diagnostic's first line (`path:line:col: warning: …` or a bare `warning: …`); the source excerpts under it are
# indented, and the compiler repeats a file's warnings once per job that reads it, hence sort -u.
warnings="$(grep -E '^([^ ]+:[0-9]+:[0-9]+: )?warning: ' "$log" | grep -v '/\.build[^/]*/' | sort -u)"
if [ -n "$warnings" ]; then
	echo
	echo "$(printf '%s\n' "$warnings" | wc -l) compiler warning(s) in this package (the project builds with none; fix them):"
	printf '%s\n' "$warnings"
	exit 1
fi
