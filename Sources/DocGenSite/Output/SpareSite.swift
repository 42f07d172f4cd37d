import DocGenModel
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The site an output folder held before its last build, kept in the cache folder (`<cache>/.sites/<key of the
/// folder>.spare`) so the next build can write its new site into it rather than into a new folder: a rebuild then
/// replaces, adds and deletes only the files that differ from the new site's, instead of hard-linking every unchanged
/// file into an empty folder and deleting the old site file by file after the exchange (`SiteDraft`). The output folder
/// and the spare take turns: each build's exchange (`FolderSwap`) puts the spare in place and the old site where the
/// spare was.
///
/// Nothing trusts what a spare holds: a build killed while updating it leaves it half updated, so every build that
/// uses it first lists it (`entries`), and a file is left there only when it is the output's own file (the same device
/// and inode, hard-linked by an earlier build); anything else is deleted or replaced. The output folder is touched only
/// by the exchange, so it is always a whole site.
///
/// Used only while holding the output's `OutputLock`, like the output folder itself; only where the cache folder and
/// the output folder are on one file system (an exchange cannot cross them), else a build writes into a new folder.
struct SpareSite {
    /// What `lstat` says of an entry of the spare, or of a file of the output folder.
    struct Identity: Equatable {
        var isFolder: Bool
        var device: UInt64
        var inode: UInt64

        init(_ status: stat) {
            isFolder = status.st_mode & S_IFMT == S_IFDIR
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
        }
    }

    /// The spare's folder.
    let path: String
    /// Every entry of the spare by site path (`a/b.svg`), as it was found and since changed by `remove`.
    private(set) var entries: [String: Identity] = [:]

    /// Where the spare of the output folder `out` (absolute) is kept in `folder`.
    static func path(for out: String, in folder: String) -> String {
        var key = CacheKey()
        key.combine(field: out)
        return folder + "/.sites/" + key.hex + ".spare"
    }

    /// Where the spare of `out` would be kept in `folder`, when it can be exchanged with `out`: the cache folder is on
    /// the same file system as the folder holding `out`. Nil otherwise.
    static func location(for out: String, in folder: String) -> String? {
        let parent = (out as NSString).deletingLastPathComponent
        let sites = folder + "/.sites"
        try? FileManager.default.createDirectory(atPath: sites, withIntermediateDirectories: true)
        var outside = stat()
        var inside = stat()
        guard stat(parent, &outside) == 0, stat(sites, &inside) == 0, outside.st_dev == inside.st_dev else {
            return nil
        }
        return path(for: out, in: folder)
    }

    /// The spare at `path`, listed; made (empty) when missing, and made again when something else than a folder is
    /// there.
    ///
    /// - Throws: the reason, when it can be neither listed nor made.
    init(at path: String) throws(FileBytes.Failure) {
        self.path = path
        var status = stat()
        if lstat(path, &status) == 0, status.st_mode & S_IFMT != S_IFDIR { unlink(path) }
        if mkdir(path, 0o755) != 0, errno != EEXIST {
            throw FileBytes.Failure("cannot create \(path): \(String(cString: strerror(errno)))")
        }
        var found: [String: Identity] = [:]
        guard
            FolderListing.walk(
                path,
                { entry in
                    found[entry.path] = Identity(entry.status)
                    return true
                })
        else { throw FileBytes.Failure("cannot read \(path)") }
        entries = found
    }

    /// True when the spare's entry at `sitePath` is the file `identity` (hard-linked there): nothing to do.
    func holds(_ sitePath: String, _ identity: Identity?) -> Bool {
        guard let identity, !identity.isFolder, let entry = entries[sitePath] else { return false }
        return entry == identity
    }

    /// Deletes whatever the spare has at `sitePath` (a folder with everything in it; a symbolic link is removed, never
    /// followed); nothing when it has nothing there.
    mutating func remove(_ sitePath: String) {
        guard let entry = entries.removeValue(forKey: sitePath) else { return }
        let full = path + "/" + sitePath
        guard entry.isFolder else {
            unlink(full)
            return
        }
        let below = sitePath + "/"
        for inside in entries.keys where inside.hasPrefix(below) { entries.removeValue(forKey: inside) }
        let descriptor = open(full, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if descriptor >= 0 { SiteSiblings.removeContents(of: descriptor) }
        rmdir(full)
    }

    /// Deletes every entry that is neither one of `files` nor a folder in `folders`.
    mutating func removeAll(but files: Set<String>, folders: Set<String>) {
        // Sorted, a folder comes before what it holds: removed whole, its entries are gone from `entries` then.
        for sitePath in entries.keys.sorted() where entries[sitePath] != nil {
            let isFolder = entries[sitePath]!.isFolder
            if isFolder ? folders.contains(sitePath) : files.contains(sitePath) { continue }
            remove(sitePath)
        }
    }
}
