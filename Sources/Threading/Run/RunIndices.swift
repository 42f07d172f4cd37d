import Synchronization

/// The indices of a range handed out one at a time, in order, to whoever asks first (`runPrograms(taking:…)`): several
/// batches sharing one keep their carriers busy until every index is taken.
@_spi(Harness) public final class RunIndices: Sendable {
    private let next: Mutex<Int>
    private let end: Int

    /// Hands out the indices of `range`.
    public init(_ range: Range<Int>) {
        next = Mutex(range.lowerBound)
        end = range.upperBound
    }

    /// The next index not yet taken, or `nil` when all are.
    public func take() -> Int? {
        next.withLock { next in
            guard next < end else { return nil }
            defer { next += 1 }
            return next
        }
    }
}
