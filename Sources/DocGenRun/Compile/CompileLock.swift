import Foundation
import Synchronization

/// An advisory lock on one compile-cache key (`flock` on `<key>.lock` beside the entry), so that builds sharing a
/// cache compile a key once: a build that finds the key locked waits, then reads the entry the holder wrote. The
/// kernel releases the lock when its holder exits, even by `kill -9`, so a crashed build never blocks another.
final class CompileLock: Sendable {
    /// The lock file's descriptor; -1 once released.
    private let descriptor: Mutex<Int32>

    private init(descriptor: Int32) {
        self.descriptor = Mutex(descriptor)
    }

    /// What trying the lock of an entry gave.
    enum Attempt {
        /// This build holds it now.
        case held(CompileLock)
        /// Another process holds it (it is compiling that key).
        case busy
        /// The lock file cannot be opened (a read-only cache, say): compile without a lock.
        case unavailable
    }

    /// Takes the lock of the entry `base` (its path without extension) if no one holds it.
    static func attempt(base: String) -> Attempt {
        let descriptor = open(base + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return .unavailable }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return .held(CompileLock(descriptor: descriptor)) }
        let busy = errno == EWOULDBLOCK
        close(descriptor)
        return busy ? .busy : .unavailable
    }

    /// Waits until the lock of the entry `base` is free and takes it (on a thread of its own: the wait blocks); `nil`
    /// when the lock file cannot be opened.
    static func wait(base: String) async -> CompileLock? {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                let descriptor = open(base + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
                guard descriptor >= 0 else { return continuation.resume(returning: nil) }
                while flock(descriptor, LOCK_EX) != 0 {
                    guard errno == EINTR else {
                        close(descriptor)
                        return continuation.resume(returning: nil)
                    }
                }
                continuation.resume(returning: CompileLock(descriptor: descriptor))
            }
        }
    }

    /// Releases the lock (closing its file releases it); once.
    func release() {
        descriptor.withLock { descriptor in
            if descriptor >= 0 { close(descriptor) }
            descriptor = -1
        }
    }
}
