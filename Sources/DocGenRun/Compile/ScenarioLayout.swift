/// Finds the lines of a scenario that belong at file scope: `import` lines and type declarations starting at
/// column 0 (with the attribute lines right above them), each up to the brace that closes it. Braces inside
/// comments and string literals do not count.
enum ScenarioLayout {
    /// Keywords that start a declaration Swift allows only at file scope to be used by the program freely.
    static let typeKeywords: Set<Substring> = ["class", "struct", "enum", "extension", "protocol", "actor"]
    /// Words that may come before the keyword.
    static let modifiers: Set<Substring> = [
        "public", "internal", "fileprivate", "private", "open", "final", "indirect", "nonisolated",
    ]

    /// The indices of `lines` to place at file scope.
    static func fileScopeLines(_ lines: [Substring]) -> Set<Int> {
        var lexer = BraceLexer()
        var hoisted: Set<Int> = []
        var attributes: [Int] = []
        // Inside a declaration: whether its first brace has been seen yet.
        var declaration: Bool?
        for (index, line) in lines.enumerated() {
            let atTop = declaration == nil && lexer.depth == 0 && lexer.isInCode
            // A line that starts `import ` starts with its byte `i` (most lines do not: no Characters walked).
            let imports = line.utf8.first == UInt8(ascii: "i") && line.hasPrefix("import ")
            if declaration != nil || (atTop && imports) {
                hoisted.insert(index)
            } else if atTop, startsDeclaration(line) {
                hoisted.formUnion(attributes)
                hoisted.insert(index)
                declaration = false
            }
            attributes = atTop && line.hasPrefix("@") && declaration == nil ? attributes + [index] : []
            if lexer.scan(line), declaration == false { declaration = true }
            if declaration == true, lexer.depth == 0, lexer.isInCode { declaration = nil }
        }
        return hoisted
    }

    /// True when `line` (at column 0) starts a type declaration: attributes and modifiers, then a type keyword.
    static func startsDeclaration(_ line: Substring) -> Bool {
        // Every modifier and type keyword starts with a lowercase ASCII letter, every attribute with "@": a line
        // starting with any other byte (most lines of a scenario) starts none, without walking its Characters.
        guard let byte = line.utf8.first,
            byte == UInt8(ascii: "@") || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
        else { return false }
        if let word = leadingASCIIWord(line), !modifiers.contains(word), !typeKeywords.contains(word) { return false }
        guard let first = line.first, !first.isWhitespace else { return false }
        var rest = line[...]
        while true {
            rest = rest.drop { $0 == " " || $0 == "\t" }
            if rest.hasPrefix("@") {
                rest = skipAttribute(rest)
                continue
            }
            let word = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            if word.isEmpty { return false }
            if modifiers.contains(word) {
                rest = rest.dropFirst(word.count)
                continue
            }
            guard typeKeywords.contains(word) else { return false }
            let after = rest.dropFirst(word.count).first
            return after == nil || after == " " || after == "\t"
        }
    }

    /// The lowercase ASCII letters `line` starts with, when the byte after them is ASCII and no letter, digit or
    /// underscore: then they are the first word `startsDeclaration` reads Character by Character (an ASCII byte that
    /// is not a line feed after a carriage return starts a Character of its own, and one that is not a letter or a
    /// digit starts none that is). Nil otherwise.
    private static func leadingASCIIWord(_ line: Substring) -> Substring? {
        let bytes = line.utf8
        guard let end = bytes.firstIndex(where: { !(UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }),
            end != bytes.startIndex
        else { return nil }
        let next = bytes[end]
        let isWordByte =
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(next)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(next)
            || next == UInt8(ascii: "_")
        guard next < 0x80, !isWordByte else { return nil }
        return line[line.startIndex..<end]
    }

    /// Access modifiers: a declaration with one keeps it.
    static let accessModifiers: Set<Substring> = ["public", "internal", "fileprivate", "private", "open"]

    /// `line` with `fileprivate ` before its first modifier or keyword when it starts a type declaration other than
    /// an `extension` (which cannot be `fileprivate` when it adds a conformance) and names no access: two scenarios
    /// compiled into one module may then both declare a `Worker`. Other lines are returned as they are.
    static func fileprivateIfUnmarked(_ line: Substring) -> Substring {
        guard startsDeclaration(line) else { return line }
        var rest = line[...]
        while true {
            rest = rest.drop { $0 == " " || $0 == "\t" }
            if rest.hasPrefix("@") {
                rest = skipAttribute(rest)
                continue
            }
            let word = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            if accessModifiers.contains(word) || word == "extension" { return line }
            if modifiers.contains(word) {
                rest = rest.dropFirst(word.count)
                continue
            }
            break
        }
        // `rest` starts at the first modifier or keyword after the attributes: insert before the first of them.
        var start = line[...]
        while true {
            start = start.drop { $0 == " " || $0 == "\t" }
            guard start.hasPrefix("@") else { break }
            start = skipAttribute(start)
        }
        return line[..<start.startIndex] + "fileprivate " + line[start.startIndex...]
    }

    /// `@name` or `@name(…)` removed from the front of `text`.
    private static func skipAttribute(_ text: Substring) -> Substring {
        var rest = text.dropFirst().drop { $0.isLetter || $0.isNumber || $0 == "_" }
        guard rest.first == "(" else { return rest }
        var depth = 0
        while let character = rest.first {
            rest = rest.dropFirst()
            if character == "(" { depth += 1 }
            if character == ")" {
                depth -= 1
                if depth == 0 { break }
            }
        }
        return rest
    }
}
