#!/usr/bin/env bash
# `docgen model-check` with its default settings on the translation corpus (Tests/Corpus: PyMOTW-3, Real Python and
# the Python docs' threading, queue and concurrent.futures examples): issue 19's target is within 2 minutes and
# 500 MB on this 2-core machine. Time is wall seconds, memory the peak RSS (/usr/bin/time), of one run each.
# Baselines, measured in the same run: every corpus cell's Python run once by python3, one after another (time), and
# `docgen list` on the corpus (memory: docgen with the corpus loaded, nothing searched).
# Prints: bench model-check-corpus-time: ours=<s>s baseline=<s>s ratio=<ours/baseline>x target=<=120 s: met|missed
#         bench model-check-corpus-memory: ours=<MB>MB baseline=<MB>MB ratio=<ours/baseline>x target=<=500 MB: …
set -euo pipefail
. "$(dirname "$0")/bench-lib.sh"
docgen="${1:-.build/release/docgen}"
bench_workdir
corpus=(--content Tests/Corpus/content --snapshots Tests/Corpus/snapshots --recordings Tests/Corpus/fidelity
	--cache .docgen-cache/corpus)

# peak_mb COMMAND…: the peak resident memory of COMMAND in MB (its output discarded).
peak_mb() {
	/usr/bin/time -f '%M' -o "$work/rss" "$@" >/dev/null 2>&1
	awk '{ printf "%.0f", $1 / 1024 }' "$work/rss"
}

"$docgen" list "${corpus[@]}" --python "$work/python" >/dev/null # compiles every cell first (not timed)
list_mb=$(peak_mb "$docgen" list "${corpus[@]}")

start=$(now)
/usr/bin/time -f '%M' -o "$work/rss" "$docgen" model-check "${corpus[@]}" >"$work/report" 2>&1 || true
ours=$(elapsed "$start" "$(now)")
ours_mb=$(awk '{ printf "%.0f", $1 / 1024 }' "$work/rss")
tail -1 "$work/report"

python_s=0
if command -v python3 >/dev/null 2>&1; then
	start=$(now)
	for script in "$work"/python/*.py; do (cd "$work/python" && timeout 60 python3 "$script" >/dev/null 2>&1) || true; done
	python_s=$(elapsed "$start" "$(now)")
fi

awk -v o="$ours" -v b="$python_s" 'BEGIN {
	r = b > 0 ? o / b : 0; printf "bench model-check-corpus-time: ours=%.3fs baseline=%.3fs ratio=%.3fx target=<=120 s: %s\n", o, b, r, (o <= 120 ? "met" : "missed") }'
awk -v o="$ours_mb" -v b="$list_mb" 'BEGIN {
	printf "bench model-check-corpus-memory: ours=%dMB baseline=%dMB ratio=%.3fx target=<=500 MB: %s\n", o, b, o / b, (o <= 500 ? "met" : "missed") }'
