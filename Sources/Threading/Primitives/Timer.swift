/// Python's `threading.Timer`: a thread that calls `function` after `interval` seconds unless `cancel()`ed first.
/// Named `Thread-N` like any thread without a target.
public final class Timer: Thread, @unchecked Sendable {
    /// Seconds to wait before calling the function.
    public let interval: Double
    private let function: () throws -> Void
    private let finished: Event

    /// A timer calling a plain closure.
    public init(interval: Double, function: @escaping () throws -> Void) {
        self.interval = interval
        self.function = function
        finished = Event(label: "timer \(pythonFloat(interval))")
        super.init(name: nil, daemon: nil)
    }

    /// A timer calling a named function with `args`.
    public convenience init<each Arg>(interval: Double, function: Function<repeat each Arg>, args: repeat each Arg) {
        let body = function.body
        let bound = (repeat each args)
        self.init(interval: interval, function: { try body(repeat each bound) })
    }

    /// Stops the timer if it has not fired yet.
    public func cancel() { finished.set() }

    public override func run() throws {
        finished.wait(timeout: interval)
        if !finished.is_set() { try function() }
        finished.set()
    }
}
