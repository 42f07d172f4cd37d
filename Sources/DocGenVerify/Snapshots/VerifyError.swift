/// Problems of the Verify stage.
package enum VerifyError: Error, Equatable, CustomStringConvertible {
    case unwritable(path: String, reason: String)
    case notDeterministic(id: String, first: String, second: String)
    case unrecordable(id: String, reason: String)

    /// Both transcripts in full when they are short (40 lines or fewer), then their diff.
    private static func bothOutputs(_ first: String, _ second: String) -> String {
        let lines = { (text: String) in text.split(separator: "\n", omittingEmptySubsequences: false).count }
        var text = ""
        if lines(first) <= 41, lines(second) <= 41 {
            text += "first run:\n" + first + "second run:\n" + second
        }
        return text + UnifiedDiff.diff(old: first, new: second, oldName: "first run", newName: "second run")
    }

    package var description: String {
        switch self {
        case .unwritable(let path, let reason):
            "cannot write snapshot \(path): \(reason)"
        case .notDeterministic(let id, let first, let second):
            "cell \(id) is not deterministic: two runs differ; make its output stable (seed, sort, or the simulated "
                + "runtime) before recording\n"
                + Self.bothOutputs(first, second)
        case .unrecordable(let id, let reason):
            "cell \(id) cannot be recorded: it \(reason)"
        }
    }
}
