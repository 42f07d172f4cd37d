#!/usr/bin/env bash
# End-to-end test of an installed docgen on a docs project outside this repository:
#   make install PREFIX=<temp> (the debug build `make test` already made) → the checkout hidden (bind-mounted over
#   with an empty folder in a private mount namespace, as if moved away) → build → add a cell, `docgen new` its
#   skeleton (builds, runs, is not overwritten) and write its scenario → --record → check passes → edit one scenario:
#   exactly 1 executed and check fails with a diff → a type error reported at content/page/x.swift:2:… → the inline
#   swift block variant → run → `docgen new --missing` → `docgen init` of a new project: build, --record, check
#   passes (and the sample's Swift prints what python3 prints for its Python) → 3 shards + assembly = a plain build.
# Usage: scripts/test-installed.sh [CONFIG]   (CONFIG: debug, the default, or release)
set -euo pipefail

if [ "${1:-}" = "--inside" ]; then
	project="$2"
	cd "$project"
	step() { echo "test-installed: $*"; }
	fail() { echo "test-installed: FAILED: $*" >&2; exit 1; }
	expect() { grep -qF -- "$1" "$2" || { cat "$2" >&2; fail "expected '$1' in $3"; }; }

	step "docgen is $(command -v docgen)"
	docgen build > out 2> err || { cat err >&2; fail "first build"; }
	expect "1 cell(s), 1 executed, 1 compiled" err "the first build"

	step "add a page cell; docgen new starts a hand port from its translation, and never overwrites it"
	printf '\n## Second\n\n```python\nprint("second")\n```\n' >> content/page.md
	[ "$(docgen new page/second)" = "content/page/second.swift" ] || fail "docgen new page/second printed no path"
	expect 'try py.print("second")' content/page/second.swift "the hand port docgen new started"
	docgen build 2> err || { cat err >&2; fail "build with the started hand port"; }
	expect "2 cell(s), 1 executed, 1 compiled" err "the build of the started hand port"
	[ "$(docgen run page/second)" = "second" ] || fail "docgen run of the started hand port"
	if docgen new page/second 2> err; then fail "a second docgen new overwrote the scenario"; fi
	expect "error: content/page/second.swift exists already" err "a second docgen new"
	if docgen new page/nope 2> err; then fail "docgen new of an unknown cell"; fi
	expect "error: no cell 'page/nope' in content; \`docgen list\` shows" err "docgen new of an unknown cell"
	[ -z "$(docgen new --missing 2> err)" ] || fail "docgen new --missing wrote a file although none is missing"
	printf 'import Threading\n\nprint("second")\n' > content/page/second.swift
	docgen build 2> err || { cat err >&2; fail "build with the new scenario"; }
	expect "2 cell(s), 1 executed, 1 compiled" err "the build after adding a scenario"

	step "record, then check"
	docgen build --record 2> err || { cat err >&2; fail "record"; }
	expect "2 snapshot(s) recorded" err "record"
	docgen check 2> err || { cat err >&2; fail "check right after recording"; }
	expect "2 cell(s) checked, 2 match their snapshot" err "check"

	step "edit one scenario: only it runs again, and check shows the diff"
	sed -i 's/print("hello from", current_thread().name)/print("hi from", current_thread().name)/' content/page/hello.swift
	docgen build 2> err || { cat err >&2; fail "build after the edit"; }
	expect "2 cell(s), 1 executed, 1 compiled" err "the build after editing one scenario"
	if docgen check 2> err; then fail "check passed although a scenario's output changed"; fi
	expect "page/hello: output changed" err "check after the edit"
	expect "+0.000 T1 [Thread-1 (worker)] stdout: hi from Thread-1 (worker)" err "check's diff"

	step "a type error is reported at the author's file and line"
	printf 'import Threading\nlet x: Int = "not a number"\nprint(x)\n' > content/page/second.swift
	if docgen build 2> err; then fail "a scenario with a type error built"; fi
	expect "content/page/second.swift:2:14: error: cannot convert value of type 'String' to specified type 'Int'" \
		err "the build of a scenario with a type error"

	step "the inline swift block variant"
	rm content/page/second.swift
	printf '\n```swift\nprint("second")\n```\n' >> content/page.md
	docgen build 2> err || { cat err >&2; fail "build with an inline scenario"; }
	expect "2 cell(s), 1 executed" err "the build with an inline scenario"
	expect "Swift · content/page.md:" site/page.html "the page"
	[ "$(docgen run page/second)" = "second" ] || fail "docgen run of the inline scenario"

	step "cells of Python only run on their translation; docgen new --missing starts a hand port for each"
	printf '\n## Third\n\n```python\nprint("third")\n```\n\n## Fourth\n\n```python\nprint("fourth")\n```\n' \
		>> content/page.md
	docgen build 2> err || { cat err >&2; fail "build with two translated cells"; }
	expect "4 cell(s), 2 executed, 2 compiled" err "the build of two translated cells"
	docgen list > out 2> err || { cat err >&2; fail "docgen list"; }
	expect "  third  content/page.md:" out "docgen list of a translated cell"
	expect "(translated)  translated  completed" out "docgen list of a translated cell"
	[ "$(docgen run page/third)" = "third" ] || fail "docgen run of a translated cell"
	[ "$(docgen new --missing | tr '\n' ' ')" = "content/page/third.swift content/page/fourth.swift " ] ||
		fail "docgen new --missing did not print the two new files"
	docgen build 2> err || { cat err >&2; fail "build with the skeletons of --missing"; }
	expect "4 cell(s), 2 executed, 2 compiled" err "the build of the skeletons of --missing"

	step "docgen init writes a project that builds, records and checks; its sample prints what CPython prints"
	fresh="$(mktemp -d)/docs"
	docgen init "$fresh" > out 2> err || { cat err >&2; fail "docgen init"; }
	expect "$fresh/.github/workflows/docs.yml" out "docgen init's list of files"
	expect "docgen build --record" err "docgen init's next steps"
	if docgen init "$fresh" 2> err; then fail "docgen init wrote into a non-empty folder"; fi
	expect "error: $fresh is not an empty folder" err "docgen init of a non-empty folder"
	(
		cd "$fresh"
		docgen build 2> err || { cat err >&2; fail "build of the new project"; }
		expect "1 page(s), 1 cell(s), 1 executed, 1 compiled" err "the build of the new project"
		if CI=true docgen check 2> err; then fail "check in CI passed without snapshots"; fi
		docgen build --record 2> err || { cat err >&2; fail "record in the new project"; }
		expect "1 snapshot(s) recorded" err "record in the new project"
		CI=true docgen check 2> err || { cat err >&2; fail "check of the new project"; }
		expect "1 cell(s) checked, 1 match their snapshot" err "check of the new project"
		if command -v python3 >/dev/null; then
			docgen list --python py > /dev/null
			python3 py/threads--counting-with-a-lock.py > python.out
			docgen run threads/counting-with-a-lock > swift.out
			diff python.out swift.out || fail "the sample scenario does not print what its Python prints"
			rm -r py python.out swift.out
			if python3 -c 'import yaml' 2>/dev/null; then
				python3 -c 'import sys, yaml; yaml.safe_load(open(sys.argv[1]))' .github/workflows/docs.yml ||
					fail "the workflow is not valid YAML"
			fi
		fi
		expect ".docgen-cache/" .gitignore ".gitignore"
	)
	rm -rf "$(dirname "$fresh")"

	step "3 shards fill the cache, then a build assembles a site byte-identical to a plain build, executing nothing"
	docgen build --out plain-site --cache plain-cache 2> err || { cat err >&2; fail "the plain build"; }
	for i in 1 2 3; do
		docgen build --shard "$i/3" --out shard-site --cache shard-cache 2> err || { cat err >&2; fail "shard $i/3"; }
		expect "built shard $i/3 into shard-cache:" err "shard $i/3"
		sed -n 's/.*: \([0-9]*\) cell(s), .*/\1/p' err >> shard-counts
	done
	[ "$(($(paste -sd+ shard-counts)))" = 4 ] || fail "the 3 shards did not run the 4 cells once each"
	[ ! -e shard-site ] || fail "a shard build wrote a site"
	docgen build --out assembled-site --cache shard-cache 2> err || { cat err >&2; fail "the assembly"; }
	expect "4 cell(s), 0 executed, 0 compiled" err "the assembly"
	diff -r plain-site assembled-site || fail "the assembled site differs from the plain build's"
	for bad in 0/3 4/3 x/3; do
		if docgen build --shard "$bad" 2> err; then fail "--shard $bad was accepted"; fi
		expect "'$bad' is not a shard" err "--shard $bad"
		[ "$(wc -l < err)" = 1 ] || fail "--shard $bad: more than one line"
	done
	docgen build --record --out plain-site --cache plain-cache 2> err || { cat err >&2; fail "record"; }
	for i in 1 2 3; do
		docgen check --shard "$i/3" --cache plain-cache 2> err || { cat err >&2; fail "check --shard $i/3"; }
		sed -n "s/^shard $i\/3: \([0-9]*\) cell(s) checked, \1 match their snapshot$/\1/p" err >> check-counts
	done
	[ "$(wc -l < check-counts)" = 3 ] && [ "$(($(paste -sd+ check-counts)))" = 4 ] ||
		fail "the 3 check shards did not check the 4 cells once each, all matching"
	step "passed"
	exit 0
fi

config="${1:-debug}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d /tmp/docgen-installed.XXXXXX)"
trap 'rm -rf "$work"' EXIT
make -C "$root" --no-print-directory install PREFIX="$work/prefix" CONFIG="$config" >/dev/null

mkdir -p "$work/project/content/page" "$work/empty"
cat > "$work/project/content/page.md" <<'MD'
# Page

## Hello

```python
import threading

def worker():
    print("hello from", threading.current_thread().name)

t = threading.Thread(target=worker)
t.start()
t.join()
```
MD
cat > "$work/project/content/page/hello.swift" <<'SWIFT'
import Threading

let worker = def("worker") {
    print("hello from", current_thread().name)
}
let t = threading.Thread(target: worker)
try t.start()
try t.join()
SWIFT
cp "$0" "$work/steps.sh"

export PATH="$work/prefix/bin:$PATH"
unset DOCGEN_COMPILE_CACHE
if unshare -m true 2>/dev/null; then
	# The checkout disappears for the installed docgen: nothing of it may be needed any more.
	unshare -m bash -c 'mount --bind "$1" "$2" && exec bash "$3" --inside "$4"' _ \
		"$work/empty" "$root" "$work/steps.sh" "$work/project"
else
	echo "test-installed: warning: cannot hide the checkout (no mount namespace); testing with it in place" >&2
	bash "$work/steps.sh" --inside "$work/project"
fi
