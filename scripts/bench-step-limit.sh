#!/usr/bin/env bash
# A cell marked expect=step-limit whose thread sleeps in a loop (two events at every turn: block, wake) against one
# whose thread takes and releases a lock in a loop (no event at all), both run to the million-step limit by
# `docgen build` (compiled first; `cache=off` makes every build run the cell). Time is the best of three builds, memory
# the peak RSS of one build (docgen and its children). A step-limited cell should cost about what its million steps
# cost, whatever it records on the way: the transcript keeps only the first events that fit the output limit.
# Prints: bench step-limit-time: ours=<s> baseline=<s> ratio=<ours/baseline>x … and bench step-limit-memory: …
set -euo pipefail
. "$(dirname "$0")/bench-lib.sh"
docgen="${1:-.build/release/docgen}"
bench_workdir

# project NAME BODY: a project in $work/NAME whose one cell's thread runs BODY (Python, indented 8) for ever.
project() {
	mkdir -p "$work/$1/content"
	cat >"$work/$1/content/page.md" <<PAGE
# Step limit

<!-- docgen: id=loop expect=step-limit cache=off -->
\`\`\`python
import threading
import time

lock = threading.Lock()


def loop():
    while True:
$2


if __name__ == "__main__":
    looper = threading.Thread(name="looper", target=loop)
    looper.start()
    looper.join()
\`\`\`
PAGE
}
project sleeps "        time.sleep(0.001)"
project locks "        with lock:
            pass"

# build NAME: one build of project NAME into its own site and cache
build() { "$docgen" build --content "$work/$1/content" --out "$work/$1/site" --cache "$work/$1/cache" >/dev/null 2>&1; }
# peak NAME: the peak resident bytes of one build of project NAME (docgen and the cell's child)
peak() {
	python3 - "$docgen" "$work/$1" <<'PY'
import resource, subprocess, sys
docgen, root = sys.argv[1], sys.argv[2]
subprocess.run([docgen, "build", "--content", f"{root}/content", "--out", f"{root}/site", "--cache", f"{root}/cache"],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024)  # kilobytes on Linux
PY
}

build sleeps && build locks  # compiles each scenario; the builds below only run the cells
sleeps=$(best build sleeps)
locks=$(best build locks)
target_line step-limit-time "$sleeps" "$locks" 3
echo "   (a build whose expect=step-limit cell sleeps in a loop against one whose cell takes a lock in a loop; each runs a million steps)"
sleeps_peak=$(peak sleeps)
locks_peak=$(peak locks)
awk -v o="$sleeps_peak" -v b="$locks_peak" 'BEGIN {
	r = o / b; printf "bench step-limit-memory: ours=%d baseline=%d ratio=%.2fx target=<=2x: %s\n", o, b, r, (r <= 2 ? "met" : "missed") }'
echo "   (peak RSS of the same two builds, in bytes)"
