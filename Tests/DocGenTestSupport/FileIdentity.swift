import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Which file each path of a folder is (device, inode, modification time to the nanosecond), to tell a file left as
/// it was from one written again with the same bytes.
package struct FileIdentity: Equatable, CustomStringConvertible {
    package let device: UInt64
    package let inode: UInt64
    package let modified: Int64

    package var description: String { "inode \(inode), mtime \(modified)" }

    /// The file (not followed when a symbolic link) at `path`, or nil when there is none.
    package init?(_ path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        modified = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
    }

    /// Every file and folder under `folder` (relative path → identity), the folder itself as `.`.
    package static func all(in folder: String) -> [String: FileIdentity] {
        var result: [String: FileIdentity] = [:]
        result["."] = FileIdentity(folder)
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let path = enumerator?.nextObject() as? String { result[path] = FileIdentity(folder + "/" + path) }
        return result
    }

    /// Every file under `folder` that is not a folder (relative path → identity).
    package static func files(in folder: String) -> [String: FileIdentity] {
        var result: [String: FileIdentity] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder)
            if !isFolder.boolValue { result[path] = FileIdentity(folder + "/" + path) }
        }
        return result
    }

    /// The paths of `after` that are new or a different file than in `before`.
    package static func changed(_ before: [String: FileIdentity], _ after: [String: FileIdentity]) -> Set<String> {
        Set(after.keys.filter { before[$0] != after[$0] })
    }
}
