import DocGenModel
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A new site being written, file by file, while holding the output folder's lock (`SiteWriter.begin`). Each file is
/// compared with the output's file at the same path as it is rendered, and only one whose bytes differ is written, into
/// the output's spare (`SpareSite`) or, without one, a temporary folder docgen makes beside the output at the first
/// such file; nothing is kept in memory.
///
/// `install()` then either leaves the output folder as it is (no file changed, none removed: nothing is written at
/// all), or completes that folder with hard links to the unchanged files (they keep their inode and modification time;
/// the spare's other files are deleted) and puts it in place of the output in one atomic exchange, which leaves the old
/// site as the spare. `discard()` — also called on a failed write, and when the draft is dropped without being
/// installed — deletes the temporary folder (a spare is left to the next build) and leaves the output as it was.
package final class SiteDraft: SiteFiles {
    /// What `install()` did to the output folder.
    package struct Changes: Sendable, Equatable {
        /// Site paths written because their bytes are new or changed, sorted.
        package var written: [String] = []
        /// Site paths the previous site had and the new one has not, sorted.
        package var removed: [String] = []
        /// Files left as they were (hard-linked into the new site, or untouched when nothing changed).
        package var unchanged = 0

        /// True when the output folder was left as it was.
        package var isEmpty: Bool { written.isEmpty && removed.isEmpty }
    }

    /// The output folder as the user wrote it (for messages) and as an absolute path.
    private let output: String
    private let out: String
    private let siblings: SiteSiblings
    private var lock: OutputLock?
    private let previous: PreviousSite
    private let marker: [UInt8]
    /// Where the manifest of what each build wrote is kept (`RenderManifest`); nil: pages are always rendered.
    private let manifestFolder: String?
    /// What the last build wrote here, when known and its output folder is this one.
    private let manifest: RenderManifest?
    /// What this build writes, saved at `install()`.
    private var record: RenderManifest
    /// The temporary folder once a file had to be written; nil before, and once installed or discarded.
    private var folder: String?
    /// Where the output's spare is kept (`SpareSite`), when the new site is written into it; nil: into a new folder
    /// beside the output.
    private let spareLocation: String?
    /// The spare being brought up to the new site, once a file had to be written.
    private var spare: SpareSite?
    private var finished = false
    private var folders: Set<String> = []
    /// Files whose bytes equal the output's: linked into the new site at `install()`, not written.
    private var kept: Set<String> = []
    /// Files written into the temporary folder.
    private var written: Set<String> = []
    /// What a build that changes nothing would report, saved at `install()` for the next build (`UnchangedSite`); nil:
    /// the next build must run (and any record of an earlier build is deleted).
    package var unchanged: UnchangedSite?
    /// The stamps the manifest has for the files of pages reused as they were (`reuse`) and of files kept by their
    /// digest (`add(_:text:)`), checked then.
    private var checkedStamps: [String: RenderManifest.Stamp] = [:]
    /// The digest of each file added whole (`add(_:text:)`), for the manifest. The files of a page reused as it was
    /// (`reuse`) have none: a site of 5,000 drawings would carry 5,000 digests through every build's manifest to
    /// spare reading the few drawings of the one page a build renders again, but the page being edited keeps its own.
    private var digests: [String: String] = [:]
    /// Kept files put into the new site otherwise than by a hard link (perhaps copied: their stamps are new).
    private var notLinked: Set<String> = []
    /// Bytes of the files added since freed memory was last handed back (`add`).
    private var addedSinceRelease = 0
    /// Where each page's rows are in the search index written (`recordIndexRows`).
    private var indexRows: [String: [Int]] = [:]
    package private(set) var paths: Set<String> = []
    /// Bytes of each file, by path.
    package private(set) var sizes: [String: Int] = [:]

    /// A draft for the locked output `out` (whose files are `previous`), its marker file holding `marker`; written into
    /// the spare at `spare` (`SpareSite`) when given.
    init(
        output: String, out: String, siblings: SiteSiblings, lock: OutputLock, previous: PreviousSite, marker: [UInt8],
        manifestFolder: String?, spare: String? = nil
    ) {
        spareLocation = spare
        self.output = output
        self.out = out
        self.siblings = siblings
        self.lock = lock
        self.previous = previous
        self.marker = marker
        self.manifestFolder = manifestFolder
        manifest = manifestFolder.flatMap { RenderManifest.load(for: out, from: $0) }
        record = RenderManifest(output: out)
        paths = [SiteRenderer.markerFile]
    }

    deinit { discard() }

    /// Adds `text` at `path`, as `add(_:_:)` does; but a file the output holds at `path` as the last build left it
    /// (its stamp is the manifest's) and that the manifest says holds this text (its digest) is kept without being
    /// opened: a page of 2,000 cells has 2,000 drawings, each read back on every build of the page.
    package func add(_ path: String, text: String) throws(RenderError) {
        precondition(!finished, "SiteDraft.add after install or discard")
        let digest = CacheKey.digest(ofText: text)
        if let manifest, !written.contains(path), manifest.digests[path] == digest, let stamp = manifest.stamps[path],
            previous.isUnchanged(path, since: manifest)
        {
            kept.insert(path)
            paths.insert(path)
            sizes[path] = stamp.size
            checkedStamps[path] = stamp
            digests[path] = digest
            return
        }
        try add(path) { $0.write(text) }
        digests[path] = digest
    }

    package func add(_ path: String, _ produce: (inout SiteFileStream) -> Void) throws(RenderError) {
        precondition(!finished, "SiteDraft.add after install or discard")
        kept.remove(path)
        digests[path] = nil
        checkedStamps[path] = nil
        let old = written.contains(path) ? nil : previous.openFile(path)
        defer { if let old { close(old) } }
        var target: Int32?
        var failure: String?
        var same = 0  // leading bytes equal to the old file's
        var size = 0
        var scratch: [UInt8] = []
        var stream = SiteFileStream { bytes in
            guard failure == nil else { return }
            size += bytes.count
            if target == nil, let old, Self.continues(old, with: bytes, scratch: &scratch) {
                same += bytes.count
                return
            }
            do throws(FileBytes.Failure) {
                if target == nil { target = try self.create(path, copying: same, of: old) }
                guard FileBytes.writeAll(bytes, to: target!) else {
                    throw FileBytes.Failure("cannot write \(path): \(String(cString: strerror(errno)))")
                }
            } catch {
                failure = error.reason
            }
        }
        produce(&stream)
        stream.finish()
        if failure == nil, target == nil {
            if let old, Self.isAtEnd(old) {
                kept.insert(path)
            } else {
                do throws(FileBytes.Failure) { target = try create(path, copying: same, of: old) } catch {
                    failure = error.reason
                }
            }
        }
        if let target, close(target) != 0, failure == nil {
            failure = "cannot write \(path): \(String(cString: strerror(errno)))"
        }
        if let failure { try fail(failure) }
        paths.insert(path)
        sizes[path] = size
        // What rendering the files needed, handed back once they add up (each call walks the whole heap: one per file
        // of a page of 2,000 cells cost more than rendering it).
        addedSinceRelease += size
        if addedSinceRelease >= Self.releaseEvery {
            addedSinceRelease = 0
            FreedMemory.release()
        }
    }

    /// Bytes of files added between two hand-backs of freed memory.
    private static let releaseEvery = 4 << 20

    /// Puts the new site in place, or leaves the output folder as it is when no file changed and none was removed,
    /// and releases the lock.
    ///
    /// - Returns: what changed.
    /// - Throws: `RenderError.unwritable` when the folder cannot be put in place; the output is then as it was.
    @discardableResult
    package func install() throws(RenderError) -> Changes {
        precondition(!finished, "SiteDraft.install after install or discard")
        var changes = Changes()
        changes.written = written.sorted()
        changes.removed = previous.files(notIn: paths)
        let markerKept = previous.holds(SiteRenderer.markerFile, bytes: marker)
        changes.unchanged = kept.count + (markerKept ? 1 : 0)
        if folder == nil, markerKept, changes.removed.isEmpty, previous.folders == Self.parents(of: kept) {
            finished = true
            saveManifest()
            release()
            return changes
        }
        do throws(FileBytes.Failure) {
            let folder = try materialize()
            let paths = kept.sorted()
            for path in paths { try makeParent(of: path, in: folder) }
            if spare != nil {
                // A kept file the spare has hard-linked already stays; the spare's other entries go.
                var linking: [String] = []
                for path in paths where spare?.holds(path, previous.identity(of: path)) != true {
                    spare?.remove(path)
                    linking.append(path)
                }
                notLinked = try previous.place(linking, into: folder)
                spare?.removeAll(but: self.paths, folders: Self.parents(of: self.paths))
            } else {
                notLinked = try previous.place(paths, into: folder)
            }
        } catch {
            try fail(error.reason)
        }
        do {
            let folder = folder!
            let outcome = try FolderSwap.install(folder, at: out) { try siblings.makeFolder(.backup) }
            self.folder = nil
            finished = true
            switch outcome {
            case .exchanged: if spare == nil { siblings.removeIfDocgens(folder) }  // else the next build's spare
            case .movedAside: siblings.removeLeftovers()
            case .installed: break
            }
        } catch {
            try fail(SiteWriter.reasonText(error))
        }
        saveManifest()
        release()
        return changes
    }

    /// Deletes the draft's temporary folder (unless installed) and releases the lock; the output folder is left as it
    /// was.
    package func discard() {
        // A spare is left as it is: the next build lists it before trusting any of it.
        if let folder, spare == nil { siblings.removeIfDocgens(folder) }
        folder = nil
        finished = true
        release()
    }

    /// Keeps the files `page` was last written with, when they were made from `key` and are still as that build left
    /// them: the page is then not rendered. False when it must be rendered.
    package func reuse(page: String, key: String) -> Bool {
        guard let manifest, let entry = manifest.pages[page], entry.key == key,
            entry.files.allSatisfy({ !written.contains($0) && previous.isUnchanged($0, since: manifest) })
        else { return false }
        for path in entry.files {
            kept.insert(path)
            paths.insert(path)
            sizes[path] = manifest.stamps[path]!.size
            checkedStamps[path] = manifest.stamps[path]!
        }
        record.pages[page] = RenderManifest.Page(key: key, files: entry.files)
        return true
    }

    /// Notes that `page`, made from `key`, was rendered into `files`.
    package func rendered(page: String, key: String, files: [String]) {
        record.pages[page] = RenderManifest.Page(key: key, files: files.sorted())
    }

    /// The search-index rows of the pages whose key in `keys` is the one their rows were last written with, read
    /// from the current index file when it is still as that build left it.
    package func reusableIndexRows(_ keys: [String: String]) -> SearchIndexRows? {
        guard let manifest, previous.isUnchanged(SearchIndex.path, since: manifest),
            let descriptor = previous.openFile(SearchIndex.path)
        else { return nil }
        var ranges: [String: (offset: Int, length: Int)] = [:]
        for (page, entry) in manifest.pages where keys[page] == entry.key {
            if let rows = entry.indexRows, rows.count == 2 { ranges[page] = (rows[0], rows[1]) }
        }
        return SearchIndexRows(descriptor: descriptor, ranges: ranges)
    }

    /// Notes where each page's rows are in the search index just written (byte offset and length).
    package func recordIndexRows(_ rows: [String: [Int]]) {
        indexRows = rows
    }

    /// Saves what this build wrote (the pages, and every file's stamp as it is now), for the next build.
    private func saveManifest() {
        guard let manifestFolder else { return }
        for (page, rows) in indexRows where record.pages[page] != nil {
            record.pages[page]!.indexRows = rows
        }
        for path in paths {
            // A file of a reused page, still kept and hard-linked (or left in place), is the file its stamp was
            // checked against: the same inode, size and modification time.
            if kept.contains(path), !notLinked.contains(path), let stamp = checkedStamps[path] {
                record.stamps[path] = stamp
            } else if let stamp = RenderManifest.Stamp(out + "/" + path) {
                record.stamps[path] = stamp
            }
            if record.stamps[path] != nil, let digest = digests[path] { record.digests[path] = digest }
        }
        if record != manifest { record.save(in: manifestFolder) }
        // The record's key of the output is made from the stamps just gathered, not by walking the folder again: it
        // holds exactly `paths` and their folders. A file with no stamp (not a regular file now) forgoes the record.
        if let unchanged, record.stamps.count == paths.count {
            unchanged.save(for: out, files: record.stamps, in: manifestFolder)
        } else {
            UnchangedSite.remove(for: out, in: manifestFolder)
        }
    }

    private func release() {
        lock?.release()
        lock = nil
    }

    /// Discards the draft and throws `reason`.
    private func fail(_ reason: String) throws(RenderError) -> Never {
        discard()
        throw .unwritable(path: output, reason: reason)
    }

    /// The temporary folder, made (with the marker file first, so a folder cut short by a kill is still recognisably
    /// docgen's) when it does not exist yet.
    private func materialize() throws(FileBytes.Failure) -> String {
        if let folder { return folder }
        if let spareLocation { return try materializeSpare(spareLocation) }
        let made: String
        do { made = try siblings.makeFolder(.temporary) } catch {
            throw FileBytes.Failure(SiteWriter.reasonText(error))
        }
        chmod(made, 0o755)  // mkdtemp makes it private; a site is meant to be read
        folder = made
        folders = [made]
        if previous.holds(SiteRenderer.markerFile, bytes: marker) {
            try previous.place(SiteRenderer.markerFile, into: made)
        } else {
            let descriptor = try createFile(made + "/" + SiteRenderer.markerFile, shownAs: SiteRenderer.markerFile)
            let wrote = marker.withUnsafeBytes { FileBytes.writeAll($0, to: descriptor) }
            guard close(descriptor) == 0, wrote else {
                throw FileBytes.Failure("cannot write \(SiteRenderer.markerFile): \(String(cString: strerror(errno)))")
            }
        }
        return made
    }

    /// The spare at `location`, listed, with the marker file in it: the new site's folder.
    private func materializeSpare(_ location: String) throws(FileBytes.Failure) -> String {
        var spare = try SpareSite(at: location)
        chmod(location, 0o755)
        let markerFile = SiteRenderer.markerFile
        if previous.holds(markerFile, bytes: marker) {
            if !spare.holds(markerFile, previous.identity(of: markerFile)) {
                spare.remove(markerFile)
                try previous.place(markerFile, into: location)
            }
        } else {
            spare.remove(markerFile)
            let descriptor = try createFile(location + "/" + markerFile, shownAs: markerFile)
            let wrote = marker.withUnsafeBytes { FileBytes.writeAll($0, to: descriptor) }
            guard close(descriptor) == 0, wrote else {
                throw FileBytes.Failure("cannot write \(markerFile): \(String(cString: strerror(errno)))")
            }
        }
        self.spare = spare
        folder = location
        folders = [location]
        return location
    }

    /// Creates `path` in the temporary folder, starting with the first `count` bytes of `old` (bytes already found
    /// equal to the old file's), and returns it open for writing.
    private func create(_ path: String, copying count: Int, of old: Int32?) throws(FileBytes.Failure) -> Int32 {
        let folder = try materialize()
        try makeParent(of: path, in: folder)
        if !written.contains(path) { spare?.remove(path) }  // perhaps the output's own file, hard-linked
        let descriptor = try createFile(folder + "/" + path, shownAs: path, replacing: written.contains(path))
        written.insert(path)
        if count > 0, let old {
            do throws(FileBytes.Failure) {
                try FileBytes.copy(from: old, count: count, to: descriptor, path: path)
            } catch {
                close(descriptor)
                throw error
            }
        }
        return descriptor
    }

    private func createFile(_ file: String, shownAs path: String, replacing: Bool = false) throws(FileBytes.Failure)
        -> Int32
    {
        // Never through an existing name unless this draft wrote it: only its own files may be truncated.
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (replacing ? O_TRUNC : O_EXCL)
        let descriptor = open(file, flags, 0o666)
        guard descriptor >= 0 else {
            throw FileBytes.Failure("cannot create \(path): \(String(cString: strerror(errno)))")
        }
        return descriptor
    }

    private func makeParent(of path: String, in folder: String) throws(FileBytes.Failure) {
        guard let slash = path.lastIndex(of: "/") else { return }  // the folder itself, made first
        let relative = String(path[..<slash])
        let parent = folder + "/" + relative
        guard !folders.contains(parent) else { return }
        try makeParent(of: relative, in: folder)
        // A file of the spare where the new site has a folder goes first.
        if spare?.entries[relative]?.isFolder == false { spare?.remove(relative) }
        if mkdir(parent, 0o777) != 0 {
            let code = errno
            var status = stat()
            // Made already (by nothing but this draft) is fine; a file of the same name is not.
            guard code == EEXIST, lstat(parent, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
                throw FileBytes.Failure("cannot create the folder \(relative): \(String(cString: strerror(code)))")
            }
        }
        folders.insert(parent)
    }

    /// Reads as many bytes from `old` as `bytes` holds: true when they are the same bytes.
    private static func continues(_ old: Int32, with bytes: UnsafeRawBufferPointer, scratch: inout [UInt8]) -> Bool {
        let piece = SiteFileStream.chunkSize
        if scratch.count < piece { scratch = [UInt8](repeating: 0, count: piece) }
        var offset = 0
        while offset < bytes.count {
            let count = min(piece, bytes.count - offset)
            guard FileBytes.readFully(old, into: &scratch, count: count) == count else { return false }
            let equal = scratch.withUnsafeBytes { memcmp($0.baseAddress!, bytes.baseAddress! + offset, count) == 0 }
            guard equal else { return false }
            offset += count
        }
        return true
    }

    /// True when nothing is left to read from `old`.
    private static func isAtEnd(_ old: Int32) -> Bool {
        var byte: UInt8 = 0
        while true {
            let got = read(old, &byte, 1)
            if got < 0, errno == EINTR { continue }
            return got == 0
        }
    }

    /// Every folder that holds one of `paths` (`a/b/c.svg` → `a`, `a/b`).
    private static func parents(of paths: Set<String>) -> Set<String> {
        var folders: Set<String> = []
        for path in paths {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                folders.insert(parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
        return folders
    }
}
