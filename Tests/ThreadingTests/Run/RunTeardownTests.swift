import Testing
@_spi(Harness) @testable import Threading

#if canImport(Glibc)
    import Glibc
#endif

/// What a run made is freed when the run is over, even where it refers back to itself: an exhaustive search runs a
/// cell thousands of times in one process, and a cycle left per run made `docgen model-check` on the corpus hold
/// gigabytes.
@Suite struct RunTeardownTests {
    /// Holds a weak reference out of a run, to see what the run left alive.
    private final class Watch: @unchecked Sendable {
        weak var object: AnyObject?

        /// Whether the object is gone within `seconds`: the run's carrier thread lets go of its last locals (the
        /// run's threads) just after the caller sees the run end.
        func isFreed(within seconds: Double = 5) -> Bool {
            let deadline = monotonicSeconds() + seconds
            while object != nil && monotonicSeconds() < deadline { usleep(1_000) }
            return object == nil
        }
    }

    /// A translated program's globals hold its functions, which capture the globals: the run's tear-down empties
    /// them, so the cycle (and everything it reaches) is freed.
    @Test func aProgramsGlobalsAreFreedThoughItsFunctionsCaptureThem() {
        let watch = Watch()
        let result = runProgram {
            let g = PyGlobals(file: "cycle.py")
            g.x = 1
            g.f = def("f", []) { _ in try g.x }
            watch.object = g.ref
        }
        #expect(result.outcome == .completed)
        #expect(watch.isFreed())
    }
}
