#!/usr/bin/env bash
# docgen against frontrun (PyPI, a DPOR explorer of CPython programs at bytecode level) on the same small programs:
# the cells of scripts/bench-frontrun/content/frontrun.md (a lost update, producers and a consumer on a queue, a
# hand-off through a Condition). Each is explored completely by both: `docgen explore --exhaustive` (its translation,
# warm compile cache, the whole command timed, best of 3) and frontrun's `explore` with no preemption bound (its own
# call timed). Prints per program, baseline frontrun:
#   bench frontrun-<cell>-outcomes:   ours=<distinct outputs> baseline=<distinct outcomes> ratio=… (+ which differ)
#   bench frontrun-<cell>-executions: ours=<executions> baseline=<executions> ratio=ours/baseline
#   bench frontrun-<cell>-seconds:    ours=<seconds> baseline=<seconds> ratio=ours/baseline
set -euo pipefail
. "$(dirname "$0")/bench-lib.sh"
docgen="${1:-.build/release/docgen}"
here="$(cd "$(dirname "$0")" && pwd)/bench-frontrun"
bench_workdir
if ! command -v frontrun >/dev/null 2>&1; then
	echo "frontrun not found (python3 -m pip install frontrun==0.7.0): frontrun benchmarks skipped"
	exit 0
fi

cp -R "$here/content" "$work/content"
index=0
for cell in a-lost-update producers-and-a-consumer a-hand-off-through-a-condition; do
	explore=("$docgen" explore "frontrun/$cell" --exhaustive --max-executions 1000000 --max-seconds 600 --show 0
		--content "$work/content" --cache "$work/cache" --snapshots "$work/snapshots" --recordings "$work/recordings")
	"${explore[@]}" --json >"$work/ours.json"
	seconds=$(best "${explore[@]}")
	(cd "$work" && frontrun python3 "$here/frontrun_explore.py" content/frontrun.md "$index" 2>/dev/null |
		tail -n 1 >"$work/theirs.json")
	python3 - "$cell" "$seconds" "$work/ours.json" "$work/theirs.json" <<'PY'
import json, sys
cell, seconds, ours_file, theirs_file = sys.argv[1], float(sys.argv[2]), sys.argv[3], sys.argv[4]
ours = json.load(open(ours_file))
theirs = json.load(open(theirs_file))
our_outcomes = {group["output"].rstrip("\n") for group in ours["groups"]}
their_outcomes = set(theirs["outcomes"])
only_ours = sorted(our_outcomes - their_outcomes)
only_theirs = sorted(their_outcomes - our_outcomes)
same = "same set" if not only_ours and not only_theirs else (
    f"only docgen: {only_ours}; only frontrun: {only_theirs}")
complete = "complete" if ours["complete"] else "NOT complete"
def line(name, ours_value, theirs_value, note=""):
    ratio = ours_value / theirs_value if theirs_value else float("inf")
    print(f"bench frontrun-{cell}-{name}: ours={ours_value:g} baseline={theirs_value:g} ratio={ratio:.3f}{note}")
line("outcomes", len(our_outcomes), len(their_outcomes), f"  # {same}; docgen's search {complete}")
line("executions", ours["executions"], theirs["executions"])
line("seconds", round(seconds, 3), round(theirs["seconds"], 3))
PY
	index=$((index + 1))
done
