import Foundation

/// Creates new files for the scaffolding commands, never replacing one that exists.
enum ProjectFiles {
    /// Creates `path` (and its folders) holding `text`.
    ///
    /// - Throws: `.fileExists` when something is at `path` already, `.cannotWrite` otherwise.
    static func create(_ path: String, text: String) throws(ScaffoldError) {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        let attributes = try? manager.attributesOfItem(atPath: path)  // also sees a dangling symlink
        if attributes != nil || manager.fileExists(atPath: path, isDirectory: &isFolder) {
            throw .fileExists(path: path)
        }
        do {
            try manager.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            // `.withoutOverwriting` makes the create exclusive (O_EXCL), so a file made meanwhile is not replaced.
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch {
            if manager.fileExists(atPath: path) { throw .fileExists(path: path) }
            throw .cannotWrite(path: path, reason: error.localizedDescription)
        }
    }
}
