import Foundation

/// The scenario files of a content folder: `<content>/<page>/<cell>.swift`.
package struct ScenarioFiles {
    var contentFolder: String

    package init(contentFolder: String) {
        self.contentFolder = contentFolder
    }

    /// `<content>/<page>/<cell>.swift`, starting with the content folder as given.
    package func path(page: String, cell: String) -> String {
        Self.join(contentFolder, page + "/" + cell + ".swift")
    }

    /// `<content>/<page>`: the folder of the page's scenario files.
    package func folder(page: String) -> String {
        Self.join(contentFolder, page)
    }

    func exists(page: String, cell: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path(page: page, cell: cell), isDirectory: &isFolder)
            && !isFolder.boolValue
    }

    /// Every `(page, cell)` with a `.swift` file one folder below the content folder, sorted.
    func all() -> [(page: String, cell: String)] {
        let manager = FileManager.default
        var found: [(page: String, cell: String)] = []
        for page in (try? manager.contentsOfDirectory(atPath: contentFolder))?.sorted() ?? [] {
            var isFolder: ObjCBool = false
            let folder = Self.join(contentFolder, page)
            guard manager.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else { continue }
            for name in (try? manager.contentsOfDirectory(atPath: folder))?.sorted() ?? []
            where name.hasSuffix(".swift") {
                found.append((page, String(name.dropLast(6))))
            }
        }
        return found
    }

    package static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
