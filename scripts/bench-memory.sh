#!/usr/bin/env bash
# Peak memory of `docgen build` on one generated 50 MB page (the tutorial's text repeated, its Python blocks turned
# into plain text so no cell runs), against the page's own size (the baseline).
# Prints: bench build-memory-per-input-byte: ours=<peak RSS bytes> baseline=<page bytes> ratio=<ours/baseline>x
set -euo pipefail
docgen="${1:-.build/release/docgen}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/content"
python3 - "$work/content/big.md" <<'PY'
import sys
text = open("content/threading-tutorial.md", encoding="utf-8").read().replace("```python", "```text")
with open(sys.argv[1], "w", encoding="utf-8") as out:
    size = 0
    while size < 50_000_000:
        out.write(text + "\n\n")
        size += len(text.encode()) + 2
PY
python3 - "$docgen" "$work" <<'PY'
import os, resource, subprocess, sys
docgen, work = sys.argv[1], sys.argv[2]
page = os.path.getsize(f"{work}/content/big.md")
subprocess.run([docgen, "build", "--content", f"{work}/content", "--out", f"{work}/site", "--cache", f"{work}/cache"],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024  # kilobytes on Linux
print(f"bench build-memory-per-input-byte: ours={peak} baseline={page} ratio={peak / page:.1f}x")
print("   (peak RSS of docgen build on one 50 MB page against the page's size; target: ratio <= 10x)")
PY
