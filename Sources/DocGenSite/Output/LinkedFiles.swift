import DocGenModel
import Foundation

/// Local files that pages link to (`![logo](logo.png)`, `[data](data/points.csv)`): each is copied into the site at
/// the same relative path, so the link works there. Only regular files inside the content folder are copied (after
/// resolving `..` and symbolic links); a destination outside it, or one that would overwrite a file docgen generates,
/// is a broken link (a warning, an error with `--strict`), and a missing file is reported by `LinkChecker`.
package struct LinkedFiles {
    /// Site path → the file's path on disk, for every file to copy.
    var files: [String: String] = [:]
    /// Link destinations (the part before `#`, without `./`) that need no "no such file" report: copied, or
    /// rejected with an issue of their own.
    package var handled: Set<String> = []
    package var issues: [LinkIssue] = []

    /// The files linked from `documents`, read from `contentFolder`; `generated` holds the site paths docgen writes.
    package init(_ documents: [Document], contentFolder: String, generated: Set<String>) {
        let root = URL(fileURLWithPath: contentFolder).resolvingSymlinksInPath().standardizedFileURL.path
        for document in documents {
            for link in document.links {
                guard let written = Self.localFile(link.destination) else { continue }
                let checked = Self.checkedName(link.destination)
                let issue = { (reason: String) in
                    LinkIssue(file: document.sourcePath, line: link.line, destination: link.destination, reason: reason)
                }
                let relative = (written.removingPercentEncoding ?? written)
                let resolved = URL(fileURLWithPath: root + "/" + relative).resolvingSymlinksInPath()
                    .standardizedFileURL.path
                guard resolved.hasPrefix(root + "/") else {
                    handled.insert(checked)
                    issues.append(issue("the file is outside the content folder, so it is not copied into the site"))
                    continue
                }
                let sitePath = String(resolved.dropFirst(root.count + 1))
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isFolder), !isFolder.boolValue
                else { continue }  // LinkChecker reports it missing
                handled.insert(checked)
                if generated.contains(sitePath) {
                    issues.append(issue("docgen writes its own \(sitePath) into the site; rename the file"))
                } else if files[sitePath] == nil {
                    guard FileManager.default.isReadableFile(atPath: resolved) else {
                        issues.append(issue("the file cannot be read"))
                        continue
                    }
                    files[sitePath] = resolved
                }
            }
        }
    }

    /// Copies each file into `site` (for the output folder `output`), one at a time: none is kept in memory after it
    /// is written.
    ///
    /// - Throws: `RenderError.unwritable` when a file cannot be read any more or cannot be written.
    package func copy(to site: inout some SiteFiles, output: String) throws(RenderError) {
        for sitePath in files.keys.sorted() {
            guard let data = FileManager.default.contents(atPath: files[sitePath]!) else {
                throw .unwritable(path: output, reason: "\(files[sitePath]!) cannot be read")
            }
            try site.add(sitePath) { stream in data.withUnsafeBytes { stream.write(bytes: $0) } }
        }
    }

    /// The name `LinkChecker` looks up for `destination`: the part before `#`, without `./`.
    static func checkedName(_ destination: String) -> String {
        let file = String(destination.prefix { $0 != "#" })
        return file.hasPrefix("./") ? String(file.dropFirst(2)) : file
    }

    /// The file part of a relative link to something other than a page (`logo.png`, `./data/a.csv?x#y` →
    /// `data/a.csv`), or `nil` for pages, anchors and links with a scheme.
    static func localFile(_ destination: String) -> String? {
        if let colon = destination.firstIndex(of: ":"), !destination[..<colon].contains("/") { return nil }
        guard !destination.hasPrefix("/"), !destination.hasPrefix("#") else { return nil }
        var file = String(destination.prefix { $0 != "#" && $0 != "?" })
        if file.hasPrefix("./") { file.removeFirst(2) }
        guard !file.isEmpty, !file.hasSuffix(".md"), !file.hasSuffix(".html"), !file.hasSuffix("/") else { return nil }
        return file
    }
}
