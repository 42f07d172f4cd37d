import DocGenModel
@_spi(Harness) import Threading

/// What running one cell gave: a transcript (whatever its outcome), or a failure of the child process itself.
package enum CellRun: Sendable, Equatable {
    case finished(RunResult)
    case failed(CellFailure)

    /// The transcript, when the child produced one.
    package var result: RunResult? {
        if case .finished(let result) = self { result } else { nil }
    }

    /// The compile errors, when the scenario did not compile (or its Python could not be translated).
    package var compileFailure: CompileFailure? {
        switch self {
        case .failed(.compileFailed(let failure)): failure
        case .failed(.untranslatable(let message)): CompileFailure(untranslatable: message)
        default: nil
        }
    }

    /// True when the failure reason is a line of its own naming the page and line (an untranslatable cell's): shown
    /// without the cell's own location before it.
    package var failureIsLocated: Bool {
        if case .failed(.untranslatable) = self { true } else { false }
    }

    /// `nil` when the run completed normally; otherwise one line saying what went wrong.
    package var failureReason: String? {
        switch self {
        case .failed(let failure): return failure.description
        case .finished(let result):
            switch result.outcome {
            case .completed: return nil
            case .deadlock(let report):
                // The report has a line per blocked thread; a line naming a holder says most about the cycle.
                let lines = report.split(separator: "\n")
                let telling = lines.first { $0.contains(" held by ") } ?? lines.first
                return "deadlocked" + (telling.map { ": \($0)" } ?? "")
            case .uncaughtError(let message): return "raised \(message)"
            case .stepLimitExceeded(let message): return "hit the step limit: \(message)"
            }
        }
    }

    /// The failure kind (for comparing with a cell's `expect=` option), `nil` when the run completed.
    package var failureKind: ExpectedFailure? {
        switch self {
        case .failed(let failure): return failure.kind
        case .finished(let result):
            switch result.outcome {
            case .completed: return nil
            case .deadlock: return .deadlock
            case .uncaughtError: return .error
            case .stepLimitExceeded: return .stepLimit
            }
        }
    }

    /// True when the run disagrees with the cell's `expect=` option: it failed other than `expected` says, or it
    /// completed although `expected` says it should fail.
    package func disagrees(with expected: ExpectedFailure?) -> Bool {
        failureReason == nil ? expected != nil : isUnexpectedFailure(expected: expected)
    }

    /// True when the run failed and the failure is not the one `expected`.
    package func isUnexpectedFailure(expected: ExpectedFailure?) -> Bool {
        guard failureReason != nil else { return false }
        return expected == nil || failureKind != expected
    }
}
