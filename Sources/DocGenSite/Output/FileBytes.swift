#if canImport(Glibc)
    import Glibc
#endif

/// Reading, writing and copying bytes on file descriptors, retrying short transfers and interruptions.
enum FileBytes {
    /// Why a transfer failed, as one phrase (`cannot write a.html: No space left on device`).
    struct Failure: Error {
        let reason: String
        init(_ reason: String) { self.reason = reason }
    }

    /// Reads up to `count` bytes into the start of `buffer` (which must hold that many): fewer only at the end of the
    /// file, or on an error.
    static func readFully(_ descriptor: Int32, into buffer: inout [UInt8], count: Int) -> Int {
        buffer.withUnsafeMutableBytes { readFully(descriptor, into: $0, count: count) }
    }

    /// As `readFully(_:into:count:)`, into raw memory.
    static func readFully(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, count: Int) -> Int {
        var done = 0
        while done < count {
            let got = read(descriptor, buffer.baseAddress! + done, count - done)
            if got < 0, errno == EINTR { continue }
            if got <= 0 { break }
            done += got
        }
        return done
    }

    /// Writes all of `bytes`; false on an error, in `errno`.
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
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

    /// Copies the first `count` bytes of `input` (all of it when nil), from its start, to `output`'s current
    /// position; `path` names the file in the message.
    static func copy(from input: Int32, count: Int?, to output: Int32, path: String) throws(Failure) {
        let size = 1 << 16
        var buffer = [UInt8](repeating: 0, count: size)
        var offset = 0
        while count.map({ offset < $0 }) ?? true {
            let wanted = min(size, (count ?? Int.max) - offset)
            let got = buffer.withUnsafeMutableBytes { pread(input, $0.baseAddress!, wanted, off_t(offset)) }
            if got < 0, errno == EINTR { continue }
            if got < 0 { throw Failure("cannot read \(path): \(String(cString: strerror(errno)))") }
            if got == 0 {
                guard count == nil else { throw Failure("\(path) was cut short while it was read") }
                return
            }
            guard buffer.withUnsafeBytes({ writeAll(UnsafeRawBufferPointer(rebasing: $0.prefix(got)), to: output) })
            else { throw Failure("cannot write \(path): \(String(cString: strerror(errno)))") }
            offset += got
        }
    }
}
