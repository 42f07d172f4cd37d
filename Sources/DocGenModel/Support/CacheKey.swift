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
        var contiguous = text
        contiguous.withUTF8 { hash.update(bufferPointer: UnsafeRawBufferPointer($0)) }
    }

    /// Adds the text of `pieces` written one after the other as one field: the key `combine(field:)` gives for
    /// their joined text, without joining them.
    package mutating func combine(field pieces: [Substring]) {
        var length = UInt64(pieces.reduce(0) { $0 + $1.utf8.count }).littleEndian
        withUnsafeBytes(of: &length) { hash.update(bufferPointer: $0) }
        for piece in pieces {
            var contiguous = piece
            contiguous.withUTF8 { hash.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        }
    }

    /// Adds `bytes` as they are, with no length (for a text fed in pieces).
    package mutating func combine(bytes: [UInt8]) {
        bytes.withUnsafeBytes { hash.update(bufferPointer: $0) }
    }

    /// The key as 64 lowercase hex digits.
    package var hex: String {
        Self.hex(hash.finalize())
    }

    /// The SHA-256 digest of `bytes`, as 64 lowercase hex digits (a compiled library's checksum).
    package static func digest(of bytes: some DataProtocol) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// The SHA-256 digest of `text`'s UTF-8 bytes, as 64 lowercase hex digits, read where they are.
    package static func digest(ofText text: String) -> String {
        var contiguous = text
        return contiguous.withUTF8 { hex(SHA256.hash(data: UnsafeRawBufferPointer($0))) }
    }

    /// `digest`'s bytes as lowercase hex digits, two a byte, written into one buffer (a key is made for every cell
    /// of every build: it made a string for each of the 32 bytes, then joined them).
    private static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return digest.withUnsafeBytes { bytes in
            String(unsafeUninitializedCapacity: bytes.count * 2) { buffer in
                for (index, byte) in bytes.enumerated() {
                    buffer[2 * index] = digits[Int(byte >> 4)]
                    buffer[2 * index + 1] = digits[Int(byte & 0x0F)]
                }
                return bytes.count * 2
            }
        }
    }
}
