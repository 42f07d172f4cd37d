# Helpers shared by the benchmark scripts, which source it: . "$(dirname "$0")/bench-lib.sh"
# Times are seconds since the epoch with a fraction; every printed number uses a '.' decimal point.

# bench_workdir: makes a temporary folder $work, removed when the script exits.
bench_workdir() {
	work="$(mktemp -d)"
	trap 'rm -rf "$work"' EXIT
}

# The time now.
now() { date +%s.%N; }

# elapsed START END: the seconds from START to END, to the millisecond.
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }

# ratio BASELINE OURS [DECIMALS]: BASELINE / OURS with DECIMALS (1 unless given) digits after the point.
ratio() { awk -v base="$1" -v ours="$2" -v d="${3:-1}" 'BEGIN { printf "%.*f", d, base / ours }'; }

# median: the median of the numbers on standard input, one a line.
median() {
	sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) printf "%.3f", v[(NR + 1) / 2]; else printf "%.3f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# best COMMAND…: the smallest of three timings of COMMAND (its output discarded): the machine is shared.
best() {
	local best="" start took
	for _ in 1 2 3; do
		start=$(now)
		"$@" >/dev/null 2>&1
		took=$(elapsed "$start" "$(now)")
		if [ -z "$best" ] || awk -v a="$took" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$took; fi
	done
	echo "$best"
}

# target_line NAME OURS BASELINE TARGET: a bench line whose ratio is OURS / BASELINE, met when it is <= TARGET.
target_line() {
	awk -v n="$1" -v o="$2" -v b="$3" -v t="$4" 'BEGIN {
		r = o / b; printf "bench %s: ours=%.3fs baseline=%.3fs ratio=%.3fx target=<=%sx: %s\n", n, o, b, r, t, (r <= t ? "met" : "missed") }'
}
