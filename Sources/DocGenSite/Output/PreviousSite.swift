import DocGenModel
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The site the output folder holds when a build starts (read while holding its `OutputLock`, so no other docgen
/// changes it meanwhile): which files and folders it has, each file's bytes to compare a new file with, and the file
/// itself to hard-link into the new site when its bytes are unchanged, so an unchanged file keeps its inode and
/// modification time.
struct PreviousSite {
    /// The output folder (absolute).
    let root: String
    /// What the walk found at a site path.
    struct Found {
        var isFolder: Bool
        var isFile: Bool
        /// What `lstat` said of it (to tell a file hard-linked elsewhere, `SpareSite`).
        var identity: SpareSite.Identity
        /// Its stamp (`RenderManifest.Stamp`), meaningful for a regular file.
        var stamp: RenderManifest.Stamp
    }

    /// Everything in it by site path, as the walk found it: files, folders, and anything else a person put there (a
    /// symbolic link is a file here, never followed). One table, filled once per entry.
    let entries: [String: Found]

    /// The site at `root`; empty when there is no folder there. Each entry is looked up relative to its folder
    /// (`FolderListing`).
    init(root: String) {
        self.root = root
        var entries: [String: Found] = [:]
        _ = FolderListing.walk(root) { entry in
            let status = entry.status
            entries[entry.path] = Found(
                isFolder: entry.isFolder, isFile: entry.isFile, identity: SpareSite.Identity(status),
                stamp: RenderManifest.Stamp(status))
            return true
        }
        self.entries = entries
    }

    /// Site paths of its folders.
    var folders: Set<String> {
        Set(entries.lazy.filter { $0.value.isFolder }.map(\.key))
    }

    /// Site paths of everything in it that is not a folder and not one of `paths`, sorted.
    func files(notIn paths: Set<String>) -> [String] {
        entries.compactMap { $0.value.isFolder || paths.contains($0.key) ? nil : $0.key }.sorted()
    }

    /// What `lstat` said of the entry at `path` when it is not a folder (`SpareSite.holds`); nil otherwise.
    func identity(of path: String) -> SpareSite.Identity? {
        guard let found = entries[path], !found.isFolder else { return nil }
        return found.identity
    }

    /// True when the file at `path` is, as the walk found it, the one `manifest` stamped.
    func isUnchanged(_ path: String, since manifest: RenderManifest) -> Bool {
        guard let stamp = manifest.stamps[path], let found = entries[path], found.isFile else { return false }
        return found.stamp == stamp
    }

    /// The file at `path`, open for reading, when it is a regular file of this site (a symbolic link is not
    /// followed); nil otherwise. The caller closes it.
    func openFile(_ path: String) -> Int32? {
        guard let found = entries[path], !found.isFolder else { return nil }
        let descriptor = open(root + "/" + path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            return nil
        }
        return descriptor
    }

    /// True when the file at `path` holds exactly `bytes`.
    func holds(_ path: String, bytes: [UInt8]) -> Bool {
        guard let descriptor = openFile(path) else { return false }
        defer { close(descriptor) }
        var read = [UInt8](repeating: 0, count: bytes.count + 1)
        let count = FileBytes.readFully(descriptor, into: &read, count: bytes.count + 1)
        return count == bytes.count && read.prefix(count).elementsEqual(bytes)
    }

    /// Puts the files at `paths` into `folder` at the same paths, as `place(_:into:)` puts each, but looks each one up
    /// in its folder, opened once for the files it holds, rather than through its whole path again (the folders must
    /// exist in `folder`; `paths` sorted keeps a folder's files together).
    ///
    /// - Returns: the paths that were not hard-linked that way (put by `place(_:into:)`, perhaps copied).
    /// - Throws: the reason, when a file can neither be linked nor copied.
    func place(_ paths: [String], into folder: String) throws(FileBytes.Failure) -> Set<String> {
        var current: (parent: String, source: Int32, destination: Int32)?
        defer {
            if let current {
                close(current.source)
                close(current.destination)
            }
        }
        var placedOtherwise: Set<String> = []
        for path in paths {
            let slash = path.lastIndex(of: "/")
            let parent = slash.map { String(path[..<$0]) } ?? ""
            let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
            if current?.parent != parent {
                if let current {
                    close(current.source)
                    close(current.destination)
                }
                current = nil
                let flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC
                let source = open(parent.isEmpty ? root : root + "/" + parent, flags)
                let destination = open(parent.isEmpty ? folder : folder + "/" + parent, flags)
                if source >= 0, destination >= 0 {
                    current = (parent, source, destination)
                } else {
                    if source >= 0 { close(source) }
                    if destination >= 0 { close(destination) }
                }
            }
            if let current, linkat(current.source, name, current.destination, name, 0) == 0 { continue }
            try place(path, into: folder)
            placedOtherwise.insert(path)
        }
        return placedOtherwise
    }

    /// Puts the file at `path` into `folder` at the same path: a hard link (the same file: its inode and modification
    /// time stay), or a copy of its bytes where the file system cannot link.
    ///
    /// - Throws: the reason, when neither works.
    func place(_ path: String, into folder: String) throws(FileBytes.Failure) {
        let source = root + "/" + path
        let destination = folder + "/" + path
        if link(source, destination) == 0 { return }
        guard errno == EXDEV || errno == EPERM || errno == EMLINK || errno == ENOTSUP else {
            throw FileBytes.Failure("cannot link \(path): \(String(cString: strerror(errno)))")
        }
        guard let input = openFile(path) else { throw FileBytes.Failure("\(path) cannot be read any more") }
        defer { close(input) }
        let output = open(destination, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard output >= 0 else { throw FileBytes.Failure("cannot create \(path): \(String(cString: strerror(errno)))") }
        defer { close(output) }
        try FileBytes.copy(from: input, count: nil, to: output, path: path)
    }
}
