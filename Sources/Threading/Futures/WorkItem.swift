/// CPython's `_WorkItem`: a submitted call and the future it completes.
final class WorkItem: @unchecked Sendable {
    let future: AnyFuture
    private let body: () -> Void

    /// `run` marks `future` running (or skips the call if it was cancelled), calls, and sets the result.
    init<R>(future: Future<R>, call: @escaping () throws -> R) {
        self.future = future
        body = {
            guard (try? future.set_running_or_notify_cancel()) == true else { return }
            let value: R
            do {
                value = try call()
            } catch {
                try? future.set_exception(error)
                return
            }
            try? future.set_result(value)
        }
    }

    func run() { body() }
}
