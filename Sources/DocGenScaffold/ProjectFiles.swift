import Foundation

/// Creates new files for the scaffolding commands, never replacing one that exists.
enum ProjectFiles {
    /// Creates `path` (and its folders) holding `text`.
    ///
    /// - Throws: `.scaffold(.fileExists)` when something is at `path` already, `.scaffold(.cannotWrite)` otherwise.
    static func create(_ path: String, text: String) throws(BuildError) {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        let attributes = try? manager.attributesOfItem(atPath: path)  // also sees a dangling symlink
        if attributes != nil || manager.fileExists(atPath: path, isDirectory: &isFolder) {
            throw .scaffold(.fileExists(path: path))
        }
        do {
            try manager.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            // `.withoutOverwriting` makes the create exclusive (O_EXCL), so a file made meanwhile is not replaced.
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch {
            if manager.fileExists(atPath: path) { throw .scaffold(.fileExists(path: path)) }
            throw .scaffold(.cannotWrite(path: path, reason: error.localizedDescription))
        }
    }
}
