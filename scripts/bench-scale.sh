#!/usr/bin/env bash
# Benchmarks `docgen build` of a generated project of CELLS trivial cells (default 1000) over PAGES pages (default 10):
# a cold build (empty cache: every cell translated, compiled and run) per cell, against python3 running each cell's
# Python (the baseline, measured in the same run); then a no-change rebuild and a prose edit of one page, each against
# a rebuild into an empty folder (every file of the site rendered and written: what every rebuild did before output
# became incremental); and the peak memory of the cold build.
# Prints: bench <name>: ours=… baseline=… ratio=…, and where the time went (the build's stage times; for the cold
# build also the CPU seconds of docgen and every process it started, and the load average).
set -euo pipefail
. "$(dirname "$0")/bench-lib.sh"
docgen="${1:-.build/release/docgen}"
cells="${CELLS:-1000}"
pages="${PAGES:-10}"
name="docgen-${cells}-cells"
bench_workdir

python3 - "$work/content" "$cells" "$pages" <<'PY'
import os, sys
folder, cells, pages = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
os.makedirs(folder)
per_page = -(-cells // pages)
made = 0
for page in range(pages):
    lines = [f"# Page {page}\n", "Generated prose for the scale benchmark.\n"]
    for cell in range(per_page):
        if made == cells:
            break
        lines.append(f"## Cell {cell}\n\nWhat cell {cell} of page {page} prints.\n\n```python\n"
                     f"print(\"page {page}, cell {cell}\")\n```\n")
        made += 1
    with open(f"{folder}/page-{page:03d}.md", "w") as out:
        out.write("\n".join(lines))
PY

# Baseline: each cell's Python run by python3, one after another.
"$docgen" list --content "$work/content" --python "$work/python" >/dev/null
start=$(now)
for cell in "$work"/python/*.py; do python3 "$cell" >/dev/null 2>&1; done
python_all=$(elapsed "$start" "$(now)")

build() {  # build OUT: a build of the generated project into OUT; prints its stage times and summary
	DOCGEN_COMPILE_CACHE= "$docgen" build --timings --content "$work/content" --cache "$work/cache" --out "$1" 2>&1 |
		tail -2 | tr '\n' ' '
}

start=$(now)
cold_lines=$(python3 - "$docgen" "$work" <<'PY'
import os, resource, subprocess, sys
docgen, work = sys.argv[1], sys.argv[2]
env = dict(os.environ, DOCGEN_COMPILE_CACHE="")
run = subprocess.run([docgen, "build", "--timings", "--content", f"{work}/content", "--cache", f"{work}/cache", "--out",
                      f"{work}/site"], env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(usage.ru_maxrss * 1024)
print(f"{usage.ru_utime + usage.ru_stime:.2f}")
print(" ".join(run.stderr.strip().splitlines()[-2:]))
PY
)
cold=$(elapsed "$start" "$(now)")
peak=$(echo "$cold_lines" | sed -n 1p)
cold_cpu=$(echo "$cold_lines" | sed -n 2p)
cold_summary=$(echo "$cold_lines" | tail -1)

nochange_summary=$(build "$work/site")
nochange=$(best build "$work/site")
fresh=$(best sh -c "rm -rf '$work/fresh' && DOCGEN_COMPILE_CACHE= '$docgen' build --content '$work/content' --cache '$work/cache' --out '$work/fresh'")

edit() { echo "A sentence added by the benchmark, $1." >> "$work/content/page-000.md"; }
edit 0
prose_summary=$(build "$work/site")
took=()
for round in 1 2 3; do
	edit "$round"
	start=$(now)
	build "$work/site" >/dev/null
	took+=("$(elapsed "$start" "$(now)")")
done
prose=$(printf '%s\n' "${took[@]}" | median)

per_cell=$(awk -v t="$cold" -v n="$cells" 'BEGIN { printf "%.4f", t / n }')
python_per_cell=$(awk -v t="$python_all" -v n="$cells" 'BEGIN { printf "%.4f", t / n }')
echo "bench $name-cold-per-cell: ours=${per_cell}s baseline=${python_per_cell}s ratio=$(ratio "$python_per_cell" "$per_cell" 2)x (python3 per cell; CPU of the cold build and what it started: ${cold_cpu} s, load $(cut -d' ' -f1 /proc/loadavg); $cold_summary)"
echo "bench $name-nochange-rebuild: ours=${nochange}s baseline=${fresh}s ratio=$(ratio "$fresh" "$nochange")x (baseline: the same build into an empty folder; $nochange_summary)"
echo "bench $name-prose-edit: ours=${prose}s baseline=${fresh}s ratio=$(ratio "$fresh" "$prose")x ($prose_summary)"
echo "bench $name-peak-memory: ours=${peak} baseline=$((300 * 1024 * 1024)) ratio=$(ratio "$peak" $((300 * 1024 * 1024)) 2)x (peak RSS of the cold build, bytes; baseline: the 300 MB target)"
echo "   ($cells cells over $pages pages; targets: cold <= 0.02 s per cell, no-change <= 0.1 s, prose edit <= 0.15 s, peak <= 300 MB)"
