/// Problems of the Verify stage.
public enum VerifyError: Error, Equatable, CustomStringConvertible {
    case unwritable(path: String, reason: String)
    case notDeterministic(id: String, first: String, second: String)
    case unrecordable(id: String, reason: String)

    public var description: String {
        switch self {
        case .unwritable(let path, let reason):
            "cannot write snapshot \(path): \(reason)"
        case .notDeterministic(let id, let first, let second):
            "cell \(id) is not deterministic: two runs differ; make its output stable (seed, sort, or the simulated "
                + "runtime) before recording\n"
                + UnifiedDiff.diff(old: first, new: second, oldName: "first run", newName: "second run")
        case .unrecordable(let id, let reason):
            "cell \(id) cannot be recorded: it \(reason)"
        }
    }
}
