#!/usr/bin/env bash
# Installs docgen from a SwiftPM build folder into PREFIX: PREFIX/bin/docgen, and under PREFIX/lib/docgen/ docgen-cell
# (the executable a build runs each cell in) and what it needs to compile scenarios on any docs project, away from this checkout: Threading's Swift module and those it
# imports (Modules/), the CThreadingShims module map and header, and runtime-id (a hash of the Threading objects the
# binary carries: part of every cached result's key). Usage: scripts/install.sh BUILD_FOLDER PREFIX
set -euo pipefail
build="$1"
prefix="$2"
lib="$prefix/lib/docgen"

for file in "$build/docgen" "$build/Modules/Threading.swiftmodule"; do
	[ -e "$file" ] || { echo "error: $file is missing; build docgen first (swift build --product docgen)" >&2; exit 1; }
done

mkdir -p "$prefix/bin" "$lib/Modules" "$lib/CThreadingShims"
# The executable a build runs each cell in, when it was built (docgen runs cells itself without it); before docgen, so
# a docgen serve that sees the new docgen finds the new docgen-cell with it.
if [ -e "$build/docgen-cell" ]; then
	cp "$build/docgen-cell" "$lib/.docgen-cell.new" && mv -f "$lib/.docgen-cell.new" "$lib/docgen-cell"
else
	rm -f "$lib/docgen-cell"
fi
# Replace, never overwrite in place: a running docgen may have the old binary mapped.
cp "$build/docgen" "$prefix/bin/.docgen.new" && mv -f "$prefix/bin/.docgen.new" "$prefix/bin/docgen"
rm -rf "$lib/Modules"/*
# Threading and the modules a client of Threading must load (swift-collections' Deque and what it imports).
for module in Threading DequeModule InternalCollectionsUtilities ContainersPreview; do
	for file in "$build/Modules/$module".swift{module,doc,sourceinfo}; do
		[ -e "$file" ] && cp "$file" "$lib/Modules/"
	done
done
cp Sources/CThreadingShims/include/CThreadingShims.h "$lib/CThreadingShims/"
cat > "$lib/CThreadingShims/module.modulemap" <<'MAP'
module CThreadingShims {
    header "CThreadingShims.h"
    export *
}
MAP
cat "$build/Modules/Threading.swiftmodule" "$build"/Threading.build/*.o | sha256sum | cut -d' ' -f1 > "$lib/runtime-id"
echo "installed $prefix/bin/docgen (and $lib)"
