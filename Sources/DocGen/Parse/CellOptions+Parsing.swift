extension CellOptions {
    /// The marker that starts a docgen options comment.
    static let marker = "docgen:"

    /// Reads the options in an HTML block's literal text, or returns `nil` when the block is not a docgen comment.
    ///
    /// - Throws: `ParseError.badOption` naming `file` and `line` for an unknown key or a bad value.
    static func parse(htmlBlock literal: String, file: String, line: Int) throws(ParseError) -> CellOptions? {
        var body = Substring(literal.trimmingWhitespace())
        guard body.hasPrefix("<!--"), body.hasSuffix("-->") else { return nil }
        body = body.dropFirst(4).dropLast(3)
        let inner = String(body).trimmingWhitespace()
        guard inner.hasPrefix(marker) else { return nil }
        var options = CellOptions()
        for word in inner.dropFirst(marker.count).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            try options.apply(String(word), file: file, line: line)
        }
        return options
    }

    private mutating func apply(_ word: String, file: String, line: Int) throws(ParseError) {
        let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
        let key = parts[0]
        let value = parts.count > 1 ? parts[1] : nil
        func bad(_ why: String) -> ParseError { .badOption(file: file, line: line, word: word, why: why) }
        switch (key, value) {
        case ("skip", nil):
            skip = true
        case ("timeout", let value?):
            guard let seconds = Double(value), seconds > 0 else { throw bad("timeout must be a number of seconds > 0") }
            timeout = seconds
        case ("expect", let value?):
            guard let failure = ExpectedFailure(rawValue: value) else {
                throw bad("expect must be one of " + ExpectedFailure.allCases.map(\.rawValue).joined(separator: ", "))
            }
            expect = failure
        case ("explore", let value?):
            guard let runs = Int(value), runs >= 1 else { throw bad("explore must be a whole number ≥ 1") }
            explore = runs
        case ("seed", let value?):
            guard let number = UInt64(value) else { throw bad("seed must be a whole number ≥ 0") }
            seed = number
        case ("fidelity", let value?):
            guard let mode = FidelityMode(rawValue: value) else {
                throw bad("fidelity must be one of " + FidelityMode.allCases.map(\.rawValue).joined(separator: ", "))
            }
            fidelity = mode
        case ("mask", let value?):
            guard (try? Regex(value)) != nil else { throw bad("mask must be a regular expression (no spaces)") }
            masks.append(value)
        default:
            throw bad("known options are timeout=S, expect=KIND, explore=N, seed=N, skip, fidelity=MODE and mask=REGEX")
        }
    }
}
