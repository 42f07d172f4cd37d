#!/usr/bin/env bash
# Benchmarks exploration against one CPython run of the same cell's Python (measured in the same run):
#   explore-1000-queued-threads: `docgen explore threading-tutorial/queued-threads --runs 1000` (1,000 schedules)
#   explore-exhaustive-daemon:   `docgen explore threading-beyond-the-basics/daemon --exhaustive` (the complete search)
# Prints: bench <name>: ours=<seconds>s baseline=<seconds>s ratio=<ours/baseline>x target=<= T x: met|missed
# (here the ratio is ours over the baseline: the issue's targets are fractions of one CPython run).
set -euo pipefail
. "$(dirname "$0")/bench-lib.sh"
docgen="${1:-.build/release/docgen}"
bench_workdir

"$docgen" list --python "$work/python" >/dev/null
if ! command -v python3 >/dev/null 2>&1; then echo "python3 not found: explore benchmarks skipped"; exit 0; fi

queued_py=$(best python3 "$work/python/threading-tutorial--queued-threads.py")
queued=$(best "$docgen" explore threading-tutorial/queued-threads --runs 1000)
target_line explore-1000-queued-threads "$queued" "$queued_py" 0.2

daemon_py=$(best python3 "$work/python/threading-beyond-the-basics--daemon.py")
daemon=$(best "$docgen" explore threading-beyond-the-basics/daemon --exhaustive)
target_line explore-exhaustive-daemon "$daemon" "$daemon_py" 0.5
"$docgen" explore threading-beyond-the-basics/daemon --exhaustive --show 1 | head -1
