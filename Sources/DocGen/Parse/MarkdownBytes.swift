/// Turns a content file's bytes into text for the parser, refusing what cmark-gfm would silently lose or alter.
enum MarkdownBytes {
    /// The text of `bytes`, read from `file`.
    ///
    /// - Throws: `ParseError.nulByte` (cmark-gfm would drop the rest of the page) or `.invalidUTF8` (bytes would turn
    ///   into U+FFFD), each naming the line.
    static func text(_ bytes: [UInt8], file: String) throws(ParseError) -> String {
        if let nul = bytes.firstIndex(of: 0) {
            throw .nulByte(file: file, line: line(of: nul, in: bytes))
        }
        var validBytes = 0
        let failed = transcode(
            bytes.makeIterator(), from: UTF8.self, to: UTF32.self, stoppingOnError: true
        ) { unit in
            validBytes += Unicode.Scalar(unit).map { UTF8.width($0) } ?? 1
        }
        if failed { throw .invalidUTF8(file: file, line: line(of: validBytes, in: bytes)) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The 1-based line holding the byte at `offset`.
    private static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        1 + bytes[..<offset].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    }
}
