import Foundation

/// Checks a content file's bytes before the parser sees them, refusing what cmark-gfm would silently lose or alter.
package enum MarkdownBytes {
    /// - Throws: `ParseError.nulByte` (cmark-gfm would drop the rest of the page) or `.invalidUTF8` (bytes would turn
    ///   into U+FFFD), each naming the line of `file`.
    package static func check(_ bytes: Data, file: String) throws(ParseError) {
        let problem: ParseError? = bytes.withUnsafeBytes { buffer in
            let bytes = buffer.bindMemory(to: UInt8.self)
            if let nul = bytes.firstIndex(of: 0) { return .nulByte(file: file, line: line(of: nul, in: bytes)) }
            guard let invalid = firstInvalidUTF8(in: bytes) else { return nil }
            return .invalidUTF8(file: file, line: line(of: invalid, in: bytes))
        }
        if let problem { throw problem }
    }

    /// The offset of the first byte that does not start valid UTF-8, or `nil` when all of `bytes` is valid.
    static func firstInvalidUTF8(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var validBytes = 0
        let failed = transcode(bytes.makeIterator(), from: UTF8.self, to: UTF32.self, stoppingOnError: true) { unit in
            validBytes += Unicode.Scalar(unit).map { UTF8.width($0) } ?? 1
        }
        return failed ? validBytes : nil
    }

    /// The 1-based line holding the byte at `offset`.
    private static func line(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        1 + bytes[..<offset].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    }
}
