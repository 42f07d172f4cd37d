/// Why the site could not be rendered or written.
package enum RenderError: Error, Equatable, CustomStringConvertible {
    case brokenLinks([LinkIssue])
    case unwritable(path: String, reason: String)
    case notASite(path: String)
    /// `--out ""`.
    case emptyOutputPath
    /// Another docgen process kept the output folder's lock for the whole wait.
    case busy(path: String, lock: String)
    /// A page kept from the last build (`PageView.isKept`) no longer has its files, or its search-index rows, as that
    /// build left them: someone changed the output folder while this build ran (it is then built again whole).
    case keptPageChanged(page: String)

    package var description: String {
        switch self {
        case .brokenLinks(let issues):
            issues.map(\.description).joined(separator: "\n")
        case .unwritable(let path, let reason):
            "cannot write the site to \(path): \(reason); pass a writable folder with --out"
        case .notASite(let path):
            "\(path) exists and was not written by docgen (no .docgen-site file); pass another --out or remove it"
        case .emptyOutputPath:
            "the output folder is an empty string; pass a folder with --out (default: site)"
        case .busy(let path, let lock):
            "another docgen process is still writing \(path) (it holds \(lock)); wait for it to "
                + "finish or pass another --out"
        case .keptPageChanged(let page):
            "the files of page \(page) changed in the output folder during the build; build again"
        }
    }
}
