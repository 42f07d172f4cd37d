import DocGenModel
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The folders docgen makes beside an output folder `<parent>/<name>` while writing it: `.<name>.docgen-tmp-XXXXXX`
/// (a new site being written, or the old one after the exchange) and `.<name>.docgen-old-XXXXXX` (the old site moved
/// aside, where folders cannot be exchanged). Each is created with `mkdtemp`, so its name is unique and docgen's own.
/// Used only while holding the output's `OutputLock`, so no other docgen process is using them.
struct SiteSiblings {
    enum Kind: String {
        case temporary = "tmp"
        case backup = "old"
    }

    let out: String
    let parent: String
    let name: String

    init(out: String) {
        self.out = out
        let url = URL(fileURLWithPath: out)
        parent = url.deletingLastPathComponent().path
        name = url.lastPathComponent
    }

    private func prefix(_ kind: Kind) -> String { "." + name + ".docgen-" + kind.rawValue + "-" }

    /// Creates a new, empty, uniquely named folder of `kind` (creating the parent folders if needed).
    func makeFolder(_ kind: Kind) throws -> String {
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        var template = Array((parent + "/" + prefix(kind) + "XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            let reason = "cannot create a folder in \(parent): \(String(cString: strerror(errno)))"
            throw NSError(domain: NSPOSIXErrorDomain, code: Int(errno), userInfo: [NSLocalizedDescriptionKey: reason])
        }
        return String(cString: made)
    }

    /// Every existing folder of `kind` (left by a docgen process that was killed).
    private func existing(_ kind: Kind) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        return names.filter { $0.hasPrefix(prefix(kind)) && $0.count == prefix(kind).count + 6 }.sorted()
            .map { parent + "/" + $0 }
    }

    /// When docgen was killed between the two renames of the fallback swap, `out` is missing and its old site waits
    /// in a backup folder: put it back.
    func recoverInterruptedSwap() {
        guard !FileManager.default.fileExists(atPath: out) else { return }
        let backups = existing(.backup).filter(isDocgens)
        let newest = backups.max { modified($0) < modified($1) }
        if let newest { _ = rename(newest, out) }
    }

    /// True when a folder of either kind or the lock file is beside the output (a build is writing, or one was
    /// killed): the next build must take the lock and clean up.
    var hasLeftovers: Bool {
        access(OutputLock.path(for: out), F_OK) == 0 || !(existing(.temporary) + existing(.backup)).isEmpty
    }

    /// Deletes the leftover temporary and backup folders that are docgen's (`isDocgens`).
    func removeLeftovers() {
        for folder in existing(.temporary) + existing(.backup) { removeIfDocgens(folder) }
    }

    /// Deletes `folder` when it holds docgen's marker file, or removes it when it is empty; otherwise leaves it.
    ///
    /// The marker goes last, so a folder half deleted when docgen was killed is still recognised next time.
    func removeIfDocgens(_ folder: String) {
        let marker = folder + "/" + SiteRenderer.markerFile
        if FileManager.default.fileExists(atPath: marker) {
            let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if descriptor >= 0 { Self.removeContents(of: descriptor, keeping: SiteRenderer.markerFile) }
            unlink(marker)
        }
        rmdir(folder)
    }

    /// Deletes what the folder open at `descriptor` (closed here) holds, but the entry named `kept`: each entry is
    /// removed relative to its folder, not through its whole path again, and a symbolic link is removed, never
    /// followed. What cannot be removed is left.
    static func removeContents(of descriptor: Int32, keeping kept: String? = nil) {
        guard let directory = fdopendir(descriptor) else {
            close(descriptor)
            return
        }
        defer { closedir(directory) }
        let folder = dirfd(directory)
        let keptName = kept.map { Array($0.utf8CString) }
        for name in FolderListing.names(directory) where name != keptName {
            if unlinkat(folder, name, 0) == 0 { continue }
            guard errno == EISDIR || errno == EPERM else { continue }  // a folder (Linux says EISDIR; POSIX EPERM)
            let child = openat(folder, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard child >= 0 else { continue }
            removeContents(of: child)
            unlinkat(folder, name, AT_REMOVEDIR)
        }
    }

    private func isDocgens(_ folder: String) -> Bool {
        FileManager.default.fileExists(atPath: folder + "/" + SiteRenderer.markerFile)
    }

    private func modified(_ path: String) -> Date {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date) ?? .distantPast
    }
}
