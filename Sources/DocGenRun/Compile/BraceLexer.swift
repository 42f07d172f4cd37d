/// Counts `{` and `}` line by line, skipping comments (nested `/* */` included) and string literals (single-line,
/// multi-line `"""` and raw `#"…"#`), so a scenario's declarations can be found without a Swift parser.
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
        let characters = Array(line)
        var opened = false
        var index = 0
        var singleLineHashes: Int?
        func at(_ offset: Int) -> Character? {
            index + offset < characters.count ? characters[index + offset] : nil
        }
        func closesString(hashes: Int) -> Bool {
            (0..<hashes).allSatisfy { at(1 + $0) == "#" }
        }
        while index < characters.count {
            let character = characters[index]
            if blockComments > 0 {
                if character == "/", at(1) == "*" {
                    blockComments += 1
                    index += 1
                } else if character == "*", at(1) == "/" {
                    blockComments -= 1
                    index += 1
                }
            } else if let hashes = multilineHashes {
                if character == "\\", hashes == 0 {
                    index += 1
                } else if character == "\"", at(1) == "\"", at(2) == "\"" {
                    index += 2
                    if (0..<hashes).allSatisfy({ at(1 + $0) == "#" }) {
                        index += hashes
                        multilineHashes = nil
                    }
                }
            } else if let hashes = singleLineHashes {
                if character == "\\", hashes == 0 {
                    index += 1
                } else if character == "\"", closesString(hashes: hashes) {
                    index += hashes
                    singleLineHashes = nil
                }
            } else if character == "/", at(1) == "/" {
                break
            } else if character == "/", at(1) == "*" {
                blockComments = 1
                index += 1
            } else if character == "#" || character == "\"" {
                var hashes = 0
                while at(hashes) == "#" { hashes += 1 }
                if at(hashes) == "\"" {
                    if at(hashes + 1) == "\"", at(hashes + 2) == "\"" {
                        multilineHashes = hashes
                        index += hashes + 2
                    } else {
                        singleLineHashes = hashes
                        index += hashes
                    }
                } else {
                    index += max(hashes - 1, 0)
                }
            } else if character == "{" {
                depth += 1
                opened = true
            } else if character == "}" {
                depth = max(depth - 1, 0)
            }
            index += 1
        }
        return opened
    }
}
