/// A way a cell may fail on purpose (a tutorial cell that demonstrates a deadlock, say).
package enum ExpectedFailure: String, Sendable, Equatable, Hashable, CaseIterable {
    case deadlock
    case error
    case stepLimit = "step-limit"
    case timeout
    case crash
}
