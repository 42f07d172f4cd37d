import Foundation

/// Notices changes to files by polling: every file under the watched folders (at any depth: Markdown pages,
/// `.swift` scenarios, images) and every watched file, by path, modification time and size. Hidden files and
/// folders and editor backups (`x~`, `#x#`) are left out. One poll reads the attributes of each file once.
package struct ChangeWatcher: Sendable {
    package var paths: [String]

    package init(paths: [String]) {
        self.paths = paths
    }

    /// A value that changes whenever a watched file is added, removed, resized or modified.
    package func fingerprint() -> [String] {
        var entries: [String] = []
        for path in paths.sorted() {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                entries += Self.entries(under: path)
            } else if let attributes = try? FileManager.default.attributesOfItem(atPath: path) {
                entries.append(Self.entry(path, attributes))
            }
        }
        return entries
    }

    /// One entry per file below `folder`, sorted by path, without hidden files and folders or editor backups.
    static func entries(under folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var entries: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            guard let attributes = enumerator.fileAttributes, attributes[.type] as? FileAttributeType != .typeDirectory,
                !name.hasSuffix("~"), !name.hasPrefix("#")
            else { continue }
            entries.append(entry(folder + "/" + relative, attributes))
        }
        return entries.sorted()
    }

    private static func entry(_ path: String, _ attributes: [FileAttributeKey: Any]) -> String {
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        return "\(path) \(modified) \(size)"
    }
}
