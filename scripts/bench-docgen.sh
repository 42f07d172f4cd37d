#!/usr/bin/env bash
# Benchmarks `docgen build` of content/: a cold build (empty cache: every cell translated, compiled and run, each
# explored as its page says) against running every Python cell of content/ one after another with CPython (the
# baseline, measured in the same run); then a rebuild with nothing changed, a prose edit of one page and an edit of
# one scenario, each against a rebuild into an empty folder (every page rendered and every file written, as every
# rebuild did before output became incremental). Each line ends with where the time went (`docgen build --timings`).
# Prints: bench <name>: ours=<seconds>s baseline=<seconds>s ratio=<baseline/ours>x (…)
set -euo pipefail
. "$(dirname "$0")/bench-lib.sh"
docgen="${1:-.build/release/docgen}"
bench_workdir

# Baseline: each Python cell, as written in content/, run sequentially by BASELINE_PYTHON (default python3; the
# Makefile passes the CPython the tutorial is recorded with, 3.13, whose APIs some cells use). Cells that deadlock on
# purpose are left out (CPython never finishes them; docgen still runs them in its builds), and so is a cell that
# does not finish within 120 s (named on a line of its own): its time would only measure the time-out.
python="${BASELINE_PYTHON:-python3}"
"$docgen" list --python "$work/python" >/dev/null
python_all=0
for cell in "$work"/python/*.py; do
	start=$(now)
	status=0
	timeout 120 "$python" "$cell" >/dev/null 2>&1 || status=$?
	if [ "$status" -eq 124 ]; then
		echo "   (left out of the baseline: $(basename "$cell") did not finish within 120 s under $python)"
	else
		python_all=$(awk -v a="$python_all" -v b="$(elapsed "$start" "$(now)")" 'BEGIN { printf "%.3f", a + b }')
	fi
done

cp -R content "$work/content"
cp -R Tests/Fidelity "$work/recordings"
# build OUT: a build of the copy of content/ into OUT; prints its timings and summary on one line
build() {
	DOCGEN_COMPILE_CACHE= "$docgen" build --timings --content "$work/content" --cache "$work/cache" \
		--recordings "$work/recordings" --out "$1" 2>&1 | tail -2 | tr '\n' ' '
}

start=$(now)
cold_summary=$(build "$work/site")
cold=$(elapsed "$start" "$(now)")

# A rebuild into an empty folder: the baseline of the rebuilds below.
fresh() { rm -rf "$work/fresh" && build "$work/fresh" >/dev/null; }
from_scratch=$(best fresh)

nochange_summary=$(build "$work/site")
nochange=$(best build "$work/site")

# A prose edit: a sentence added at the end of the tutorial, removed, added again (the median of the three).
page="$work/content/threading-tutorial.md"
took=()
for round in 1 2 3; do
	python3 - "$page" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
sentence = "\n\nA sentence the benchmark adds and removes.\n"
text = text.replace(sentence, "") if sentence in text else text + sentence
open(path, "w", encoding="utf-8").write(text)
PY
	start=$(now)
	prose_summary=$(build "$work/site")
	took+=("$(elapsed "$start" "$(now)")")
done
prose=$(printf '%s\n' "${took[@]}" | median)

# A prose edit above the cells: a paragraph put after the tutorial's first paragraph, which moves every cell below it
# down two lines (a translated cell's compiled Swift counts its lines from the cell's first line, so nothing is
# translated or compiled again; only a cell whose output names a line, a traceback, runs again; an inline swift block
# would be compiled and run again), then taken out again (every cell back where its cached result was).
move_cells() {
	python3 - "$page" "$1" <<'PY'
import sys
path, action = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
paragraph = "A paragraph the benchmark puts above the cells.\n\n"
if action == "add":
    at = text.index("\n\n") + 2
    text = text[:at] + paragraph + text[at:]
else:
    text = text.replace(paragraph, "", 1)
open(path, "w", encoding="utf-8").write(text)
PY
}
move_cells add
start=$(now)
moved_summary=$(build "$work/site")
moved=$(elapsed "$start" "$(now)")
move_cells remove
build "$work/site" >/dev/null

# One scenario edited: a comment put at the end of the first line of the tutorial's first Python cell (the same
# lines, so no other cell moves: that cell alone is translated, compiled and run again).
python3 - "$page" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
line_end = text.index("\n", text.index("```python\n") + 10)
text = text[:line_end] + "  # edited by the benchmark" + text[line_end:]
open(path, "w", encoding="utf-8").write(text)
PY
start=$(now)
edited_summary=$(build "$work/site")
edited=$(elapsed "$start" "$(now)")

echo "bench docgen-cold-build: ours=${cold}s baseline=${python_all}s ratio=$(ratio "$python_all" "$cold")x ($cold_summary)"
echo "bench docgen-nochange-rebuild: ours=${nochange}s baseline=${from_scratch}s ratio=$(ratio "$from_scratch" "$nochange")x ($nochange_summary)"
echo "bench docgen-prose-edit: ours=${prose}s baseline=${from_scratch}s ratio=$(ratio "$from_scratch" "$prose")x ($prose_summary)"
echo "bench docgen-prose-edit-above-cells: ours=${moved}s baseline=${from_scratch}s ratio=$(ratio "$from_scratch" "$moved")x ($moved_summary)"
echo "bench docgen-one-scenario-edit: ours=${edited}s baseline=${from_scratch}s ratio=$(ratio "$from_scratch" "$edited")x ($edited_summary)"
echo "   ($(ls "$work"/python/*.py | wc -l) cells in the cold build's baseline: every cell's Python run one after another by" \
	"$python; the rebuilds' baseline: a warm build into an empty folder; targets: cold >= 20x, no-change <= 0.05 s," \
	"prose edit <= 0.1 s (above the cells too), one scenario edit <= 0.5 s)"
