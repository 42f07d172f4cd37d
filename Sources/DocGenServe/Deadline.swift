/// Runs `work`, cancelling it after `seconds`: a socket read or write that waits on a client which sends or reads
/// nothing ends with `DeadlinePassed` instead of holding its connection (and a file descriptor) for ever.
func withDeadline<T: Sendable>(
    _ seconds: Double, _ work: @escaping @Sendable () async throws -> T
) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await work() }
        group.addTask {
            try await Task.sleep(for: .milliseconds(Int(max(0, seconds) * 1000)))
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let value = first else { throw DeadlinePassed() }
        return value
    }
}

/// A client took longer than the server allows for a request or a response.
struct DeadlinePassed: Error {}
