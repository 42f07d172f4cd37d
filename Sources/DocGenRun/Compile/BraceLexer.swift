/// Counts `{` and `}` line by line, skipping comments (nested `/* */` included) and string literals (single-line,
/// multi-line `"""` and raw `#"…"#`), so a scenario's declarations can be found without a Swift parser. It reads
/// UTF-8 bytes, as the Swift compiler does: every byte it looks for is ASCII, which no byte of another scalar equals.
struct BraceLexer {
    /// Open braces not yet closed.
    private(set) var depth = 0
    private var blockComments = 0
    /// Inside a multi-line string: how many `#` close it.
    private var multilineHashes: Int?

    /// True when the next line starts in code (not inside a comment or a multi-line string).
    var isInCode: Bool { blockComments == 0 && multilineHashes == nil }

    /// Scans one line; returns whether it held an opening brace in code.
    mutating func scan(_ line: Substring) -> Bool {
        // Read where they are (every cell's cache key scans its scenario's lines), copied only when not contiguous.
        if let opened = line.utf8.withContiguousStorageIfAvailable({ scan(bytes: $0) }) { return opened }
        return Array(line.utf8).withUnsafeBufferPointer { scan(bytes: $0) }
    }

    private mutating func scan(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var opened = false
        var index = 0
        var singleLineHashes: Int?
        func at(_ offset: Int) -> UInt8? {
            index + offset < bytes.count ? bytes[index + offset] : nil
        }
        func closesString(hashes: Int) -> Bool {
            (0..<hashes).allSatisfy { at(1 + $0) == UInt8(ascii: "#") }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if blockComments > 0 {
                if byte == UInt8(ascii: "/"), at(1) == UInt8(ascii: "*") {
                    blockComments += 1
                    index += 1
                } else if byte == UInt8(ascii: "*"), at(1) == UInt8(ascii: "/") {
                    blockComments -= 1
                    index += 1
                }
            } else if let hashes = multilineHashes {
                if byte == UInt8(ascii: "\\"), hashes == 0 {
                    index += 1
                } else if byte == UInt8(ascii: "\""), at(1) == UInt8(ascii: "\""), at(2) == UInt8(ascii: "\"") {
                    index += 2
                    if (0..<hashes).allSatisfy({ at(1 + $0) == UInt8(ascii: "#") }) {
                        index += hashes
                        multilineHashes = nil
                    }
                }
            } else if let hashes = singleLineHashes {
                if byte == UInt8(ascii: "\\"), hashes == 0 {
                    index += 1
                } else if byte == UInt8(ascii: "\""), closesString(hashes: hashes) {
                    index += hashes
                    singleLineHashes = nil
                }
            } else if byte == UInt8(ascii: "/"), at(1) == UInt8(ascii: "/") {
                break
            } else if byte == UInt8(ascii: "/"), at(1) == UInt8(ascii: "*") {
                blockComments = 1
                index += 1
            } else if byte == UInt8(ascii: "#") || byte == UInt8(ascii: "\"") {
                var hashes = 0
                while at(hashes) == UInt8(ascii: "#") { hashes += 1 }
                if at(hashes) == UInt8(ascii: "\"") {
                    if at(hashes + 1) == UInt8(ascii: "\""), at(hashes + 2) == UInt8(ascii: "\"") {
                        multilineHashes = hashes
                        index += hashes + 2
                    } else {
                        singleLineHashes = hashes
                        index += hashes
                    }
                } else {
                    index += max(hashes - 1, 0)
                }
            } else if byte == UInt8(ascii: "{") {
                depth += 1
                opened = true
            } else if byte == UInt8(ascii: "}") {
                depth = max(depth - 1, 0)
            }
            index += 1
        }
        return opened
    }
}
