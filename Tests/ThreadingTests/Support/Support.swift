import Testing
@_spi(Harness) import Threading

/// Runs `body` on the simulated runtime with the default schedule (or the given options).
func simulate(_ options: RunOptions = RunOptions(), _ body: @escaping @Sendable () throws -> Void) -> RunResult {
    runProgram(options, main: body)
}

/// Runs `body` on both runtimes and returns their results, simulated first.
func bothRuntimes(_ body: @escaping @Sendable () throws -> Void) -> [RunResult] {
    [runProgram(RunOptions(runtime: .simulated), main: body), runProgram(RunOptions(runtime: .real), main: body)]
}

extension RunResult {
    /// Non-empty lines written to `stream`.
    func lines(_ stream: StdStream = .stdout) -> [String] {
        text(of: stream).split(separator: "\n").map(String.init)
    }

    /// Lifecycle and output events as `name: kind` strings, for comparing interleavings.
    var interleaving: [String] {
        events.map { "\($0.threadName): \($0.kind)" }
    }
}

/// A value shared between threads of a test program (the programs synchronise through the primitives under test).
final class Shared<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
