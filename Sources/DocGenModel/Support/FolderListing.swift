import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Everything under a folder, walked in a fixed order (names sorted by their bytes, depth first), each entry with what
/// `lstat` says of it; symbolic links are listed, never followed. Used to tell cheaply whether a folder is as it was:
/// its files' stamps (`stamps`) or their bytes (`contents`) in one SHA-256 key.
package enum FolderListing {
    /// One entry of a folder.
    package struct Entry {
        /// Its path below the folder walked (`a/b.html`).
        package var path: String
        /// Its full path.
        package var fullPath: String
        /// What `lstat` says of it.
        package var status: stat

        package var isFolder: Bool { status.st_mode & S_IFMT == S_IFDIR }
        package var isFile: Bool { status.st_mode & S_IFMT == S_IFREG }
        package var isLink: Bool { status.st_mode & S_IFMT == S_IFLNK }
    }

    /// Calls `visit` with every entry under `folder` in order (a folder before what it holds); stops, returning false,
    /// as soon as `visit` does or a folder cannot be read. True when `folder` was walked whole; false when it is not a
    /// folder (`folder` itself may be a symbolic link to one).
    package static func walk(_ folder: String, _ visit: (Entry) -> Bool) -> Bool {
        noteWalk(of: folder)
        var status = stat()
        guard stat(folder, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return false }
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        return walk(descriptor, folder: folder, prefix: "", visit)
    }

    /// A key of every entry under `folder` with its type, device, inode, size and modification time: any file
    /// written, replaced, added or removed since changes it (as `stat` sees it). Nil when `folder` is missing or
    /// cannot be read whole.
    package static func stamps(of folder: String) -> String? {
        var key = CacheKey()
        key.combine(field: "stamps 1")
        let whole = walk(folder) { entry in
            let status = entry.status
            key.combine(field: entry.path)
            let numbers: [UInt64] = [
                UInt64(status.st_mode), UInt64(status.st_dev), UInt64(status.st_ino), UInt64(status.st_size),
                UInt64(bitPattern: Int64(status.st_mtim.tv_sec)), UInt64(bitPattern: Int64(status.st_mtim.tv_nsec)),
            ]
            numbers.withUnsafeBytes { key.combine(bytes: Array($0)) }
            return true
        }
        return whole ? key.hex : nil
    }

    /// A key of every entry under `folder` by what it holds: each file's bytes, each symbolic link's target and the
    /// bytes of the file it leads to, the names of the folders. Nil when `folder` is missing, cannot be read whole, or
    /// holds a link to a folder (whose files a walk that does not follow links would miss).
    package static func contents(of folder: String) -> String? {
        var key = CacheKey()
        key.combine(field: "contents 1")
        let whole = walk(folder) { entry in
            key.combine(field: entry.path)
            if entry.isFolder {
                key.combine(field: "folder")
                return true
            }
            if entry.isLink {
                var target = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
                let count = readlink(entry.fullPath, &target, target.count - 1)
                guard count >= 0 else { return false }
                let bytes = target.prefix(count).map { UInt8(bitPattern: $0) }
                key.combine(field: "link " + String(decoding: bytes, as: UTF8.self))
                var followed = stat()
                guard stat(entry.fullPath, &followed) == 0 else {
                    key.combine(field: "dangling")
                    return true
                }
                guard followed.st_mode & S_IFMT == S_IFREG else { return false }
            } else if !entry.isFile {
                key.combine(field: "other \(entry.status.st_mode)")
                return true
            }
            guard let bytes = FileManager.default.contents(atPath: entry.fullPath) else { return false }
            key.combine(field: "file " + CacheKey.digest(of: bytes))
            return true
        }
        return whole ? key.hex : nil
    }

    /// Walks the folder open at `descriptor` (closed here), whose full path is `folder`: names are read and each entry
    /// is looked up relative to the folder, not through its whole path again.
    private static func walk(_ descriptor: Int32, folder: String, prefix: String, _ visit: (Entry) -> Bool) -> Bool {
        guard let directory = fdopendir(descriptor) else {
            close(descriptor)
            return false
        }
        defer { closedir(directory) }
        let folderDescriptor = dirfd(directory)
        var names = Self.names(directory)
        names.sort { strcmp($0, $1) < 0 }  // byte order: strcmp compares bytes as unsigned
        for name in names {
            var status = stat()
            guard fstatat(folderDescriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return false }
            let text = name.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            let entry = Entry(path: prefix + text, fullPath: folder + "/" + text, status: status)
            guard visit(entry) else { return false }
            guard entry.isFolder else { continue }
            let child = openat(folderDescriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard child >= 0, walk(child, folder: entry.fullPath, prefix: entry.path + "/", visit) else { return false }
        }
        return true
    }

    /// The names in the open folder `directory` (read to its end), each NUL-terminated, without `.` and `..`.
    package static func names(_ directory: OpaquePointer) -> [[CChar]] {
        var names: [[CChar]] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.bindMemory(to: CChar.self).prefix { $0 != 0 }) + [0]
            }
            if name != [46, 0], name != [46, 46, 0] { names.append(name) }
        }
        return names
    }
}
