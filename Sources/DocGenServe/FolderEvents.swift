import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Tells the live loop that something under the watched folders may have changed, as soon as it happens, through
/// Linux's inotify (every folder below them is watched, new ones as they appear), read on a thread of its own. The
/// only file of the serve stage that calls the kernel. Where inotify is missing, `init` fails and the loop polls.
package final class FolderEvents: Sendable {
    private let descriptor: Int32
    private let folders: [String]
    private let changed = Atomic<Bool>(false)
    private let stopped = Atomic<Bool>(false)

    package init?(folders: [String]) {
        #if os(Linux)
            let descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
            guard descriptor >= 0 else { return nil }
            self.descriptor = descriptor
            self.folders = folders
            watchEveryFolder()
            Thread.detachNewThread { [self] in readEvents() }
        #else
            return nil
        #endif
    }

    /// Whether an event arrived since the last call.
    package func takeChange() -> Bool {
        changed.exchange(false, ordering: .acquiringAndReleasing)
    }

    /// Ends the reading thread (within 0.2 s) and closes the inotify descriptor.
    package func stop() {
        stopped.store(true, ordering: .releasing)
    }

    #if os(Linux)
        private static let mask =
            UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB)
            | UInt32(IN_DELETE_SELF | IN_MOVE_SELF)

        /// Adds a watch on each folder and every folder below it (adding one twice is harmless).
        private func watchEveryFolder() {
            for folder in folders {
                _ = inotify_add_watch(descriptor, folder, Self.mask)
                guard let enumerator = FileManager.default.enumerator(atPath: folder) else { continue }
                while let relative = enumerator.nextObject() as? String {
                    if enumerator.fileAttributes?[.type] as? FileAttributeType == .typeDirectory {
                        _ = inotify_add_watch(descriptor, folder + "/" + relative, Self.mask)
                    }
                }
            }
        }

        private func readEvents() {
            defer { close(descriptor) }
            let header = MemoryLayout<inotify_event>.size
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while !stopped.load(ordering: .acquiring) {
                var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                guard poll(&ready, 1, 200) > 0 else { continue }
                let count = read(descriptor, &buffer, buffer.count)
                guard count > 0 else { continue }
                var newFolder = false
                var offset = 0
                while offset + header <= count {
                    let mask = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self) }
                    let length = buffer.withUnsafeBytes {
                        $0.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)
                    }
                    if mask & UInt32(IN_ISDIR) != 0 || mask & UInt32(IN_Q_OVERFLOW) != 0 { newFolder = true }
                    offset += header + Int(length)
                }
                if newFolder { watchEveryFolder() }
                changed.store(true, ordering: .releasing)
            }
        }
    #endif
}
