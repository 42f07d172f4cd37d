/// Why the site could not be rendered or written.
public enum RenderError: Error, Equatable, CustomStringConvertible {
    case missingHighlighter(path: String)
    case brokenLinks([LinkIssue])
    case unwritable(path: String, reason: String)
    case notASite(path: String)

    public var description: String {
        switch self {
        case .missingHighlighter(let path):
            "\(path) not found: install highlight.js with `make deps` (apt-get install libjs-highlight.js)"
        case .brokenLinks(let issues):
            issues.map(\.description).joined(separator: "\n")
        case .unwritable(let path, let reason):
            "cannot write the site to \(path): \(reason); pass a writable folder with --out"
        case .notASite(let path):
            "\(path) exists and was not written by docgen (no .docgen-site file); pass another --out or remove it"
        }
    }
}
