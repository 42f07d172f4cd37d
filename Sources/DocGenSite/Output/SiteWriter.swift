import Foundation

/// Writes a site so that the output folder always holds a whole site: the files whose bytes changed go into a second
/// folder, completed with hard links to the unchanged ones, which then replaces the output in one atomic exchange
/// (`FolderSwap`); when no file changed, nothing is written (`SiteDraft`). The second folder is the site before the
/// last build, kept in the cache folder and brought up to date (`SpareSite`), or without one a new temporary folder
/// beside the output. A failed, interrupted or killed build leaves the previous site as it was.
///
/// Beside `<out>`, docgen only ever creates and deletes names it made itself: `.<name>.docgen-lock` (while writing),
/// `.<name>.docgen-tmp-XXXXXX` (the new site, then the old one until it is deleted) and, where the file system cannot
/// exchange folders, `.<name>.docgen-old-XXXXXX`. A leftover one (docgen was killed) is deleted by the next build only
/// when it holds docgen's marker file or is empty; anything else there (`site.tmp/`, `site.old/`) is never touched.
package enum SiteWriter {
    /// Seconds a build waits for another docgen process writing the same output folder.
    package static let lockTimeout: Double = 120

    /// Replaces the folder `output` with exactly `files` (site path → bytes), or leaves it untouched and throws.
    ///
    /// - Throws: `RenderError.notASite` when `output` exists and docgen did not write it, `.emptyOutputPath`,
    ///   `.busy` when another docgen keeps writing it, `.unwritable` when the files cannot be written.
    package static func write(_ files: [String: [UInt8]], to output: String, lockTimeout: Double = lockTimeout)
        throws(RenderError)
    {
        var draft = try begin(output, marker: files[SiteRenderer.markerFile] ?? [], lockTimeout: lockTimeout)
        for path in files.keys.sorted() where path != SiteRenderer.markerFile {
            try draft.add(path, bytes: files[path]!)
        }
        try draft.install()
    }

    /// Takes the output folder's lock and starts a new site whose marker file holds `marker`: files are then added one
    /// at a time, and `SiteDraft.install()` puts the changes in place. With `manifestFolder` (in the cache folder),
    /// what each build wrote is kept there, so a page made from the same inputs is not rendered again. Until then (and whenever the draft fails or is
    /// dropped) the output folder is as it was.
    ///
    /// - Throws: as `write`.
    package static func begin(
        _ output: String, marker: [UInt8], manifestFolder: String? = nil, lockTimeout: Double = lockTimeout
    ) throws(RenderError) -> SiteDraft {
        let out = try checkDestination(output)
        // The folder that holds the output (and its lock) is made when missing (`--out new/site`).
        let parent = (out as NSString).deletingLastPathComponent
        do { try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true) } catch {
            throw .unwritable(path: output, reason: reasonText(error))
        }
        let lock = try OutputLock.acquire(for: out, shownAs: output, timeout: lockTimeout)
        let siblings = SiteSiblings(out: out)
        siblings.recoverInterruptedSwap()
        siblings.removeLeftovers()
        if FileManager.default.fileExists(atPath: out) {
            do { try checkReplaceable(out, shownAs: output) } catch {
                lock.release()
                throw error
            }
        }
        return SiteDraft(
            output: output, out: out, siblings: siblings, lock: lock, previous: PreviousSite(root: out), marker: marker,
            manifestFolder: manifestFolder, spare: manifestFolder.flatMap { SpareSite.location(for: out, in: $0) })
    }

    /// The pages of `keys` (what each page is made from, `PageInputs`) whose files in `output` the last build wrote
    /// from the same key and are still as it left them, with their search-index rows: they need not be made again.
    /// Read without the output's lock, before the build runs anything; `SiteDraft.reuse` checks again under it.
    package static func keptPages(_ output: String, manifestFolder: String?, keys: [String: String]) -> Set<String> {
        guard let manifestFolder, !keys.isEmpty, !output.isEmpty else { return [] }
        let out = URL(fileURLWithPath: output).standardizedFileURL.path
        return RenderManifest.load(for: out, from: manifestFolder)?.keptPages(keys) ?? []
    }

    /// Checks that a site could be written to `output` (before running any cell, and again when writing), and returns
    /// its absolute path.
    ///
    /// - Throws: `RenderError.emptyOutputPath`, `.unwritable` when a parent is a file, `.notASite` when `output`
    ///   exists and docgen did not write it.
    @discardableResult
    package static func checkDestination(_ output: String) throws(RenderError) -> String {
        guard !output.isEmpty else { throw .emptyOutputPath }
        let out = URL(fileURLWithPath: output).standardizedFileURL.path
        guard out != "/" else { throw .notASite(path: output) }
        var ancestor = URL(fileURLWithPath: out).deletingLastPathComponent()
        while true {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: ancestor.path, isDirectory: &isFolder) {
                guard isFolder.boolValue else {
                    throw .unwritable(path: output, reason: "\(ancestor.path) is a file, not a folder")
                }
                break
            }
            if ancestor.path == "/" { break }
            ancestor.deleteLastPathComponent()
        }
        if FileManager.default.fileExists(atPath: out) { try checkReplaceable(out, shownAs: output) }
        return out
    }

    /// `out` must be a folder docgen wrote (it holds the marker file) or an empty folder.
    private static func checkReplaceable(_ out: String, shownAs output: String) throws(RenderError) {
        var isFolder: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: out, isDirectory: &isFolder)
        let marked = FileManager.default.fileExists(atPath: out + "/" + SiteRenderer.markerFile)
        let empty =
            isFolder.boolValue && ((try? FileManager.default.contentsOfDirectory(atPath: out))?.isEmpty ?? false)
        guard isFolder.boolValue, marked || empty else { throw .notASite(path: output) }
    }

    /// The system's text for a file error (`No space left on device`), else its description.
    static func reasonText(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
            let code = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(code.rawValue))
        }
        return nsError.localizedDescription
    }
}
