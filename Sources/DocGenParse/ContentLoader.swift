import DocGenModel
import Foundation

/// Reads and parses every `*.md` file of a content folder, in file-name order.
package enum ContentLoader {
    /// Every page of `folder`, parsed. Files whose name starts with `.` (editor backups, hidden files) are skipped.
    ///
    /// - Throws: `ContentError.contentMissing` when the folder does not exist, `.noPages` when it holds no page,
    ///   `.parse` with every file's error (bytes cmark-gfm would lose, a bad page name — see `PageName` — or bad
    ///   Markdown options).
    package static func load(_ folder: String) throws(ContentError) -> [Document] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw .contentMissing(path: folder)
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
                .filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
        } catch {
            throw .parse([.unreadable(file: folder, reason: error.localizedDescription)])
        }
        guard !names.isEmpty else { throw .noPages(path: folder) }
        var documents: [Document] = []
        var errors: [ParseError] = []
        var claimed: [String: String] = [:]  // PageName.collisionKey → the file that has it
        for name in names {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let page = PageName.of(fileName: name)
            if let problem = PageName.problem(page, file: path) {
                errors.append(problem)
                continue
            }
            if let other = claimed[PageName.collisionKey(page)] {
                errors.append(.samePageName(file: path, other: other))
                continue
            }
            claimed[PageName.collisionKey(page)] = path
            if let link = ContentFileLink.problem(path, contentFolder: folder) {
                errors.append(.unreadable(file: path, reason: link.explanation(kind: "page")))
                continue
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                errors.append(.unreadable(file: path, reason: "permission denied or not a file"))
                continue
            }
            do {
                try MarkdownBytes.check(data, file: path)
                documents.append(try DocumentParser.parse(MarkdownInput(consume data), page: page, sourcePath: path))
            } catch {
                errors.append(error)
            }
        }
        guard errors.isEmpty else { throw .parse(errors) }
        return documents
    }
}
