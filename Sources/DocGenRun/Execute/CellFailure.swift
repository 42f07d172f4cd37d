import DocGenModel

/// Why a cell's child process gave no usable transcript.
package enum CellFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The child died from a signal (`fatalError` traps); `detail` is its last line on stderr.
    case crashed(signal: Int32, detail: String)
    /// The child exited with a non-zero status without writing a transcript.
    case exited(status: Int32, detail: String)
    case timedOut(seconds: Double)
    case outputTooLarge(limit: Int)
    /// The child wrote bytes outside `Threading`'s `print`/`logging`, so they carry no thread.
    case untaggedOutput(byteCount: Int, preview: String)
    case malformedTranscript(String)
    case launchFailed(String)
    /// The scenario does not compile: swiftc's errors, each naming the author's file, line and column.
    case compileFailed(CompileFailure)
    /// The cell's Python could not be translated (nothing was compiled or run): the translator's one line, naming the
    /// page's line, the construct and how to go on.
    case untranslatable(String)

    /// The failure of a scenario that gave no library: `compileFailed`, or `untranslatable` when nothing was compiled.
    package init(noLibrary failure: CompileFailure) {
        self = failure.isUntranslatable ? .untranslatable(failure.description) : .compileFailed(failure)
    }

    package var description: String {
        switch self {
        case .crashed(let signal, let detail):
            "crashed (signal \(signal)\(Self.signalName(signal)))" + (detail.isEmpty ? "" : ": \(detail)")
        case .exited(let status, let detail):
            "exited with status \(status)" + (detail.isEmpty ? "" : ": \(detail)")
        case .timedOut(let seconds):
            "timed out after \(Self.seconds(seconds)) s (raise it with --timeout or <!-- docgen: timeout=S -->)"
        case .outputTooLarge(let limit):
            "printed more than \(limit) bytes (the output limit); print less"
        case .untaggedOutput(let count, let preview):
            "wrote \(count) bytes outside Threading's print/logging, so they have no thread: \"\(preview)\"; "
                + "print through Threading instead"
        case .malformedTranscript(let reason):
            "sent a malformed transcript (\(reason))"
        case .launchFailed(let reason):
            "could not be started: \(reason)"
        case .compileFailed(let failure):
            "does not compile:\n" + failure.description
        case .untranslatable(let message):
            message
        }
    }

    /// The kind of failure a cell option `expect=…` can declare, if this is one.
    package var kind: ExpectedFailure? {
        switch self {
        case .crashed: .crash
        case .timedOut: .timeout
        case .exited: .error
        default: nil
        }
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    private static func signalName(_ signal: Int32) -> String {
        let names: [Int32: String] = [
            4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT", 9: "SIGKILL", 11: "SIGSEGV", 13: "SIGPIPE",
            15: "SIGTERM",
        ]
        return names[signal].map { ", \($0)" } ?? ""
    }
}
