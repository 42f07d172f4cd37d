import Crypto
import Foundation

/// A SHA-256 digest of length-prefixed fields, naming cache entries: the compiled scenario libraries docgen loads and
/// the transcripts it shows. A key collision would make one cell run or show another's code, so the key must be a
/// cryptographic hash (a 64-bit one was forced in minutes), and every field is framed by its length, so ("ab", "c")
/// and ("a", "bc") differ.
package struct CacheKey {
    private var hash = SHA256()

    /// A key with no field yet.
    package init() {}

    /// Adds `text` as one field.
    package mutating func combine(field text: String) {
        var length = UInt64(text.utf8.count).littleEndian
        withUnsafeBytes(of: &length) { hash.update(bufferPointer: $0) }
        hash.update(data: Array(text.utf8))
    }

    /// Adds `bytes` as they are, with no length (for a text fed in pieces).
    package mutating func combine(bytes: [UInt8]) {
        bytes.withUnsafeBytes { hash.update(bufferPointer: $0) }
    }

    /// The key as 64 lowercase hex digits.
    package var hex: String {
        hash.finalize().map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }

    /// The SHA-256 digest of `bytes`, as 64 lowercase hex digits (a compiled library's checksum).
    package static func digest(of bytes: some DataProtocol) -> String {
        SHA256.hash(data: bytes).map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }
}
