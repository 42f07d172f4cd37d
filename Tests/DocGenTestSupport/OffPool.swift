import Foundation

/// Runs blocking work (waiting for a process, polling `/proc`) on a thread of its own, not on one of the test run's
/// few cooperative threads: a blocked cooperative thread stalls other suites' async tests (on two cores there are
/// two), and a wait run there is itself stalled — its deadline passes while it is not scheduled. Record test issues
/// (`#expect`) on the calling task, with what this returns, not inside `work`.
package enum OffPool {
    private final class Box<Value>: @unchecked Sendable {
        package let value: Value
        package init(_ value: Value) { self.value = value }
    }

    package static func run<Value>(_ work: @escaping () throws -> Value) async throws -> Value {
        let job = Box(work)
        let result: Box<Result<Value, any Error>> = await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: Box(Result { try job.value() })) }
        }
        return try result.value.get()
    }
}
