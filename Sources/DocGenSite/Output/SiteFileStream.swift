/// The text of one site file as the render stage produces it, passed on in chunks of about `chunkSize` bytes (a long
/// piece whole, without a copy), so writing a large file never needs the whole file in memory.
package struct SiteFileStream: TextOutputStream {
    /// Bytes gathered before they are passed on.
    static let chunkSize = 1 << 16

    private var buffer: [UInt8] = []
    /// Bytes written so far.
    package private(set) var count = 0
    private let deliver: (UnsafeRawBufferPointer) -> Void

    /// A stream handing each chunk to `deliver`, in order; `finish()` hands on the rest.
    init(deliver: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.deliver = deliver
        buffer.reserveCapacity(Self.chunkSize)
    }

    package mutating func write(_ string: String) {
        var string = string
        string.withUTF8 { write(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Appends the text of `text` (a slice of a larger string, not copied).
    mutating func write(_ text: Substring) {
        if text.utf8.withContiguousStorageIfAvailable({ write(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            write(String(text))
        }
    }

    /// Appends raw bytes.
    mutating func write(bytes: UnsafeRawBufferPointer) {
        count += bytes.count
        if buffer.count + bytes.count > Self.chunkSize {
            finish()
            if bytes.count >= Self.chunkSize {
                deliver(bytes)
                return
            }
        }
        buffer.append(contentsOf: bytes)
    }

    /// Appends one byte (ASCII).
    mutating func write(byte: UInt8) {
        count += 1
        if buffer.count >= Self.chunkSize { finish() }
        buffer.append(byte)
    }

    /// Passes on what is gathered; call once the file's text is complete.
    mutating func finish() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes(deliver)
        buffer.removeAll(keepingCapacity: true)
    }
}
