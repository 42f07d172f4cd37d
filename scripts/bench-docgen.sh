#!/usr/bin/env bash
# Benchmarks `docgen build` of content/: a cold build (empty cache: every scenario compiled, every cell run), a rebuild
# with nothing changed, and a rebuild after editing one scenario (that cell compiled and run alone), each against
# running every Python cell of content/ one after another with python3 (the baseline, measured in the same run).
# Prints: bench <name>: ours=<seconds>s baseline=<seconds>s ratio=<baseline/ours>x
set -euo pipefail
. "$(dirname "$0")/bench-lib.sh"
docgen="${1:-.build/release/docgen}"
bench_workdir

# Baseline: each Python cell, as written in content/, run sequentially by python3 (cells that deadlock on purpose
# are left out: CPython never finishes them; docgen still runs them in its builds).
"$docgen" list --python "$work/python" >/dev/null
start=$(now)
for cell in "$work"/python/*.py; do
	timeout 120 python3 "$cell" >/dev/null 2>&1 || true  # a cell that never ends must not hang the bench
done
baseline=$(elapsed "$start" "$(now)")

cp -R content "$work/content"
build() { DOCGEN_COMPILE_CACHE= "$docgen" build --content "$work/content" --cache "$work/cache" --out "$work/site" 2>&1; }

start=$(now)
build >/dev/null
cold=$(elapsed "$start" "$(now)")

start=$(now)
build >/dev/null
warm=$(elapsed "$start" "$(now)")

echo "// edited by bench-docgen" >> "$work/content/threading-tutorial/queue.swift"
start=$(now)
edited_summary=$(build | tail -1)
edited=$(elapsed "$start" "$(now)")

echo "bench docgen-cold-build: ours=${cold}s baseline=${baseline}s ratio=$(ratio "$baseline" "$cold")x"
echo "bench docgen-nochange-rebuild: ours=${warm}s baseline=${baseline}s ratio=$(ratio "$baseline" "$warm")x"
echo "bench docgen-one-scenario-edit-rebuild: ours=${edited}s baseline=${baseline}s ratio=$(ratio "$baseline" "$edited")x ($edited_summary)"
echo "   ($(ls "$work"/python/*.py | wc -l) cells in the baseline; baseline = every cell's Python run one after another by python3;" \
	"the cold build compiles all $(ls "$work"/content/*/*.swift | wc -l) scenarios; targets: no-change rebuild <= 0.1s)"
