#!/usr/bin/env bash
# End-to-end test of an installed docgen on a docs project outside this repository: installs docgen into a temporary
# prefix (`make install`, from the build `make test` already made), then runs the steps of
# Tests/InstalledDocgenTest (a Swift program, copied out of the checkout) with the installed docgen first on PATH and
# the checkout hidden — bind-mounted over with an empty folder in a private mount namespace, as if moved away — so
# nothing of the checkout may be needed. Usage: scripts/test-installed.sh [CONFIG]   (debug, the default, or release)
set -euo pipefail

config="${1:-debug}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d /tmp/docgen-installed.XXXXXX)"
trap 'rm -rf "$work"' EXIT
make -C "$root" --no-print-directory install PREFIX="$work/prefix" CONFIG="$config" >/dev/null
(cd "$root" && swift build -c "$config" --product InstalledDocgenTest >/dev/null)
cp "$root/.build/$config/InstalledDocgenTest" "$work/"
mkdir -p "$work/project" "$work/empty"

export PATH="$work/prefix/bin:$PATH"
unset DOCGEN_COMPILE_CACHE
if unshare -m true 2>/dev/null; then
	unshare -m bash -c 'mount --bind "$1" "$2" && exec "$3" "$4"' _ \
		"$work/empty" "$root" "$work/InstalledDocgenTest" "$work/project"
else
	echo "test-installed: warning: cannot hide the checkout (no mount namespace); testing with it in place" >&2
	"$work/InstalledDocgenTest" "$work/project"
fi
