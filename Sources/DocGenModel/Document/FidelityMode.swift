/// How a cell's Swift output is compared with CPython's.
package enum FidelityMode: String, Sendable, Equatable, Hashable, CaseIterable {
    /// Line for line, in order: for cells whose output CPython prints the same on every run.
    case exact
    /// Each thread's own sequence of lines, ignoring how threads interleave: for cells whose interleaving CPython
    /// varies from run to run.
    case perThread = "per-thread"
    /// The same lines, in any order and from any thread: for cells where even which thread does what varies (a pool
    /// of workers sharing a queue).
    case multiset
}
