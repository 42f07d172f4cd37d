import Glibc
import Threading

// Prints the real monotonic clock in nanoseconds (outside Threading's virtual clock): differs on every run, so
// recording its snapshot must be refused. Hand-written: translated Python's clocks are the virtual one.
var now = timespec()
clock_gettime(CLOCK_MONOTONIC, &now)
print(Int(now.tv_sec) * 1_000_000_000 + Int(now.tv_nsec))
