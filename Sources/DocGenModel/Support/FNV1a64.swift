/// The 64-bit FNV-1a hash: small, fast and stable across runs and machines (Swift's `Hasher` is seeded per process).
/// Used for cache keys, not for security.
package struct FNV1a64 {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    package init() {}

    /// Adds `bytes` as they are (no separator after them).
    /// Contiguous bytes (`Data`, arrays, a `String`'s UTF-8) are read in one pass over their buffer: through the
    /// generic iterator, each byte of a `Data` cost a call.
    package mutating func combine<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        if bytes.withContiguousStorageIfAvailable({ combine(buffer: $0) }) != nil { return }
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01b3
        }
    }

    private mutating func combine(buffer: UnsafeBufferPointer<UInt8>) {
        var value = self.value
        for byte in buffer {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01b3
        }
        self.value = value
    }

    /// Adds `text` followed by a separator byte, so ("ab", "c") and ("a", "bc") differ.
    package mutating func combine(field text: String) {
        combine(text.utf8)
        combine([0])
    }

    /// The hash as 16 lowercase hex digits.
    package var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
