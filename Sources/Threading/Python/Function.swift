/// A named function value: what Python's `def name(args): …` gives a thread target, including its `__name__`.
///
///     let worker = def("worker") { (stream: Queue<Int>) in … }
///     let t = Thread(target: worker, args: stream)      // named "Thread-1 (worker)"
public struct Function<each Arg>: @unchecked Sendable {
    /// The function's name (`__name__`), used in default thread names.
    public let name: String
    let body: (repeat each Arg) throws -> Void

    public init(_ name: String, _ body: @escaping (repeat each Arg) throws -> Void) {
        self.name = name
        self.body = body
    }

    /// Calls the function.
    public func callAsFunction(_ args: repeat each Arg) throws {
        try body(repeat each args)
    }
}

/// Defines a named function, like Python's `def`: `let worker = def("worker") { (n: Int) in … }`.
public func def<each Arg>(_ name: String, _ body: @escaping (repeat each Arg) throws -> Void) -> Function<
    repeat each Arg
> {
    Function(name, body)
}
