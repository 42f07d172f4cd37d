import DocGenModel
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A new site being written, file by file, into a temporary folder docgen made beside the output folder, while
/// holding the output's lock (`SiteWriter.begin`). Each file goes to disk as it is rendered and is not kept.
/// `install()` puts the folder in place of the output in one atomic exchange; `discard()` — also called on a failed
/// write, and when the draft is dropped without being installed — deletes it and leaves the output as it was.
package final class SiteDraft: SiteFiles {
    /// The output folder as the user wrote it (for messages) and as an absolute path.
    private let output: String
    private let out: String
    private let siblings: SiteSiblings
    private var lock: OutputLock?
    /// The temporary folder; nil once installed or discarded.
    private var folder: String?
    private var folders: Set<String> = []
    package private(set) var paths: Set<String> = []
    /// Bytes written, by path.
    package private(set) var sizes: [String: Int] = [:]

    /// Continues the draft in `folder` (a new temporary folder holding the marker file) for the locked output `out`.
    init(output: String, out: String, siblings: SiteSiblings, lock: OutputLock, folder: String) {
        self.output = output
        self.out = out
        self.siblings = siblings
        self.lock = lock
        self.folder = folder
        folders = [folder]
        paths = [SiteRenderer.markerFile]
    }

    deinit { discard() }

    package func add(_ path: String, _ produce: (inout SiteFileStream) -> Void) throws(RenderError) {
        guard let folder else { preconditionFailure("SiteDraft.add after install or discard") }
        let file = folder + "/" + path
        let parent = (file as NSString).deletingLastPathComponent
        do {
            if !folders.contains(parent) {
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
                folders.insert(parent)
            }
        } catch {
            let relative = (path as NSString).deletingLastPathComponent
            try fail("cannot create the folder \(relative): \(SiteWriter.reasonText(error))")
        }
        let descriptor = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { try fail("cannot create \(path): \(String(cString: strerror(errno)))") }
        var failure: Int32 = 0
        var size = 0
        var stream = SiteFileStream { bytes in
            guard failure == 0 else { return }
            size += bytes.count
            if !Self.writeAll(bytes, to: descriptor) { failure = errno }
        }
        produce(&stream)
        stream.finish()
        if close(descriptor) != 0, failure == 0 { failure = errno }
        guard failure == 0 else { try fail("cannot write \(path): \(String(cString: strerror(failure)))") }
        paths.insert(path)
        sizes[path] = size
        FreedMemory.release()  // what rendering this file needed
    }

    /// Replaces the output folder with the draft in one step (`FolderSwap`) and releases the lock.
    ///
    /// - Throws: `RenderError.unwritable` when the folder cannot be put in place; the output is then as it was.
    package func install() throws(RenderError) {
        guard let folder else { preconditionFailure("SiteDraft.install after install or discard") }
        do {
            let outcome = try FolderSwap.install(folder, at: out) { try siblings.makeFolder(.backup) }
            self.folder = nil
            switch outcome {
            case .exchanged: siblings.removeIfDocgens(folder)
            case .movedAside: siblings.removeLeftovers()
            case .installed: break
            }
        } catch {
            try fail(SiteWriter.reasonText(error))
        }
        release()
    }

    /// Deletes the draft's folder (unless installed) and releases the lock; the output folder is left as it was.
    package func discard() {
        if let folder { siblings.removeIfDocgens(folder) }
        folder = nil
        release()
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

    /// Writes all of `bytes` (retrying short writes and interruptions); false on an error, in `errno`.
    private static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }
}
