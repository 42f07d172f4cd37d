import Foundation

/// Writes files so that a reader sees the old bytes or the new ones, never a part: the bytes go to a temporary file
/// beside the target, named `.<name>.docgen-write-XXXXXX`, which is flushed to disk and then renamed over it. A process
/// killed meanwhile leaves that temporary file, never a short target; `leftovers(in:)` finds such files, so that
/// docgen can delete them from the folders it writes (snapshots, recordings, caches) instead of leaving them for
/// `git add -A`.
package enum AtomicFile {
    /// The part of a temporary file's name that marks it as docgen's.
    package static let temporaryMark = ".docgen-write-"

    /// Replaces (or creates) the file at `path` with `bytes`, creating its folder. `durable: false` skips flushing
    /// the bytes to disk before the rename (a few milliseconds each on a busy disk), for a file whose reader checks it
    /// whole and treats a damaged one as missing: after a power cut it may be empty or cut short, never half old.
    ///
    /// - Throws: `AtomicFileError` naming the path and the system's reason.
    package static func write(_ bytes: some Collection<UInt8>, to path: String, durable: Bool = true)
        throws(AtomicFileError)
    {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        do {
            try FileManager.default.createDirectory(
                atPath: folder.isEmpty ? "." : folder, withIntermediateDirectories: true)
        } catch {
            throw AtomicFileError(path: path, reason: reason(of: error))
        }
        var template = Array(
            ((folder.isEmpty ? "" : folder + "/") + "." + name + temporaryMark + "XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw AtomicFileError(path: path, reason: String(cString: strerror(errno))) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failure: Int32 = 0
        let contiguous = Array(bytes)
        contiguous.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure == 0, durable, fsync(descriptor) != 0 { failure = errno }
        fchmod(descriptor, 0o644)  // mkstemp makes it private; these files are shared like any other
        close(descriptor)
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw AtomicFileError(path: path, reason: String(cString: strerror(failure)))
        }
    }

    /// Like `write`, for text.
    package static func write(_ text: String, to path: String, durable: Bool = true) throws(AtomicFileError) {
        try write(Array(text.utf8), to: path, durable: durable)
    }

    /// Paths of temporary files a killed writer left in `folder` and the folders below it, sorted: docgen's own
    /// (`temporaryMark`) and Foundation's (`.dat.nosync…`, which its atomic writes used before).
    package static func leftovers(in folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.contains(temporaryMark) || name.hasPrefix(".dat.nosync") {
                found.append(folder + "/" + relative)
            }
        }
        return found.sorted()
    }

    /// Deletes `leftovers(in: folder)` and returns the paths deleted.
    @discardableResult
    package static func removeLeftovers(in folder: String) -> [String] {
        leftovers(in: folder).filter { unlink($0) == 0 }
    }

    private static func reason(of error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        return nsError.localizedDescription
    }
}

/// A file `AtomicFile` could not write: its path and the system's reason (`Read-only file system`).
package struct AtomicFileError: Error, Sendable, Equatable, CustomStringConvertible {
    package var path: String
    package var reason: String

    package init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    package var description: String { "cannot write \(path): \(reason)" }
}
