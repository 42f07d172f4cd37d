import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An exclusive lock on one output folder, held while a build writes it, so two docgen processes writing the same
/// `--out` (two builds, or `serve` rebuilding during `make site`) take turns instead of mixing their files.
///
/// The lock is `flock` on `<parent>/.<name>.docgen-lock`, a file that exists only while the lock is held: the holder
/// deletes it before unlocking, and a waiter that locked a deleted file starts over.
final class OutputLock {
    private let path: String
    private let descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    /// The lock file's path for the output folder `out` (absolute).
    static func path(for out: String) -> String {
        let url = URL(fileURLWithPath: out)
        return url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".docgen-lock"
    }

    /// Takes the lock for `out` (absolute; `output` is how the user wrote it), waiting up to `timeout` seconds for another holder.
    ///
    /// - Throws: `RenderError.busy` when another process held it all that time, `.unwritable` when the lock file
    ///   cannot be created.
    static func acquire(for out: String, shownAs output: String, timeout: Double) throws(RenderError) -> OutputLock {
        let path = path(for: out)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw .unwritable(path: output, reason: "cannot create \(path): \(String(cString: strerror(errno)))")
            }
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
                if isStillNamed(path, descriptor) { return OutputLock(path: path, descriptor: descriptor) }
                close(descriptor)  // the holder deleted the file after we opened it: lock the new one
                continue
            }
            close(descriptor)
            guard Date() < deadline else { throw .busy(path: output, lock: path) }
            usleep(50_000)
        }
    }

    /// True when `path` still names the file open as `descriptor`.
    private static func isStillNamed(_ path: String, _ descriptor: Int32) -> Bool {
        var open = stat()
        var named = stat()
        guard fstat(descriptor, &open) == 0, stat(path, &named) == 0 else { return false }
        return open.st_dev == named.st_dev && open.st_ino == named.st_ino
    }

    /// Deletes the lock file and unlocks it.
    func release() {
        unlink(path)
        close(descriptor)
    }
}
