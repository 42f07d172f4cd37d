import DocGenModel
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// What the last build wrote into one output folder, kept in the cache folder (`<cache>/.sites/<key of the folder>.manifest`)
/// so the next build can leave a page's files as they are without rendering them: each page's key (`PageInputs`) and
/// files, where its rows are in the search index, every file's stamp (inode, size, modification time) as the
/// build left it, and the digest of each file it added whole (`SiteFiles.add(_:text:)`: drawings, tables, assets). A
/// file whose stamp differs now (edited, replaced or deleted since) is not trusted: its page is rendered again and
/// compared. One whose stamp is the same and whose digest is that of the text a build adds at its path holds that
/// text: it is kept without being read (`SiteDraft.add(_:text:)`).
struct RenderManifest: Equatable {
    /// A file as a build left it.
    struct Stamp: Equatable {
        var device: UInt64
        var inode: UInt64
        var size: Int
        var modified: Int64

        init(device: UInt64, inode: UInt64, size: Int, modified: Int64) {
            self.device = device
            self.inode = inode
            self.size = size
            self.modified = modified
        }

        /// The file at `path` now (not followed when a symbolic link); nil when there is none or it is not a file.
        init?(_ path: String) {
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
            self.init(status)
        }

        /// The file `lstat` (or `fstatat`) said `status` of.
        init(_ status: stat) {
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
            size = Int(status.st_size)
            modified = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
        }
    }

    /// One page's files as a build wrote them.
    struct Page: Equatable {
        var key: String
        /// Its files (HTML, figures, outcome tables, notebook), sorted.
        var files: [String]
        /// Where its rows are in the search index: byte offset and length.
        var indexRows: [Int]?
    }

    /// Bumped when the manifest's meaning or form changes (2: keys are of what pages are made from, not of their
    /// views; 3: lines of fields, `RenderManifest+Text`, instead of JSON; 4: the digests of files added whole).
    static let version = 4

    var version = RenderManifest.version
    /// The output folder (absolute).
    var output: String
    var pages: [String: Page] = [:]
    var stamps: [String: Stamp] = [:]
    /// The SHA-256 digest (`CacheKey.digest(ofText:)`) of each file that was added whole, by path; only files with a
    /// stamp have one.
    var digests: [String: String] = [:]

    init(output: String) {
        self.output = output
    }

    /// Where the manifest of the output folder `out` (absolute) is kept in `folder`.
    static func path(for out: String, in folder: String) -> String {
        var key = CacheKey()
        key.combine(field: out)
        return folder + "/.sites/" + key.hex + ".manifest"  // a page named `.sites` is never read
    }

    /// The manifest of `out` in `folder`, or nil when there is none (or it is unreadable, or of another version).
    /// A build reads it twice (to find kept pages, then under the output's lock) and `docgen serve` once per build:
    /// the last one read or saved by this process is decoded again only when its file changed (`lastRead`).
    static func load(for out: String, from folder: String) -> RenderManifest? {
        let path = path(for: out, in: folder)
        let before = Stamp(path)
        if let before, let last = lastRead.withLock({ $0 }), last.path == path, last.stamp == before {
            return last.manifest.output == out ? last.manifest : nil
        }
        guard let data = FileManager.default.contents(atPath: path), let manifest = RenderManifest(text: Array(data)),
            manifest.output == out
        else { return nil }
        if let before, Stamp(path) == before { lastRead.withLock { $0 = (path, before, manifest) } }
        return manifest
    }

    /// The manifest file this process last read or saved, as it was then (its stamp: a save replaces the file, so a
    /// changed file has another inode), and what it holds.
    private static let lastRead = Mutex<(path: String, stamp: Stamp, manifest: RenderManifest)?>(nil)

    /// Writes the manifest for its output folder into `folder`, replacing the last one in one step; a manifest that
    /// cannot be written costs the next build its reuse, nothing else.
    func save(in folder: String) {
        let data = text()
        let path = Self.path(for: output, in: folder)
        try? FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        guard (try? AtomicFile.write(data, to: path)) != nil, let stamp = Stamp(path) else { return }
        Self.lastRead.withLock { $0 = (path, stamp, self) }
    }

    /// The pages of `keys` last written from the same key whose files, and whose rows in an unchanged search index, are
    /// all still as that build left them: each of those files is stamped now, looked up by its path below the output
    /// folder (opened once; the folder is not listed, and a symbolic link is not followed at the end of a path).
    func keptPages(_ keys: [String: String]) -> Set<String> {
        let root = open(output, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard root >= 0 else { return [] }
        defer { close(root) }
        let isUnchanged = { (path: String) -> Bool in
            guard let stamp = stamps[path] else { return false }
            var status = stat()
            guard fstatat(root, path, &status, AT_SYMLINK_NOFOLLOW) == 0, status.st_mode & S_IFMT == S_IFREG else {
                return false
            }
            return Stamp(status) == stamp
        }
        guard isUnchanged(SearchIndex.path) else { return [] }
        return Set(
            keys.compactMap { page, key in
                guard let entry = pages[page], entry.key == key, entry.indexRows?.count == 2,
                    entry.files.allSatisfy(isUnchanged)
                else { return nil }
                return page
            })
    }
}
