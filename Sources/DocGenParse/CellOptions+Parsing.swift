import DocGenModel

extension CellOptions {
    /// The marker that starts a docgen options comment.
    static let marker = "docgen:"

    /// Most schedules `explore=N` may ask for.
    static let maxExploreRuns: UInt64 = 1_000_000

    /// Reads the options in an HTML block's literal text, or returns `nil` when the block is not a docgen comment.
    ///
    /// Words are `key=value` or a bare `skip`, separated by blanks; a value may be quoted (`mask="value \d+"`, see
    /// `OptionTokenizer`). Every key but `mask` may appear once.
    ///
    /// - Throws: `ParseError.badOption` naming `file` and the word's line for an unknown or repeated key, a missing or
    ///   bad value, or a malformed word.
    package static func parse(htmlBlock literal: String, file: String, line: Int) throws(ParseError) -> CellOptions? {
        guard
            let comment = try OptionComment(
                htmlBlock: literal, marker: marker, file: file, line: line, repeatable: ["mask"])
        else { return nil }
        var options = CellOptions()
        try comment.forEachWord { word throws(ParseError) in
            try options.apply(word, file: file)
        }
        return options
    }

    private mutating func apply(_ word: OptionWord, file: String) throws(ParseError) {
        func bad(_ why: String) -> ParseError {
            .badOption(file: file, line: word.line, word: word.written, why: why)
        }
        switch (word.key, word.value) {
        case ("skip", nil):
            skip = true
        case ("skip", _?):
            throw bad("skip takes no value; write just skip")
        case ("timeout", let value?):
            guard let seconds = NumberSyntax.seconds(value) else {
                throw bad("timeout must be " + NumberSyntax.secondsForm)
            }
            timeout = seconds
        case ("expect", let value?):
            guard let failure = ExpectedFailure(rawValue: value) else {
                throw bad("expect must be one of " + ExpectedFailure.allCases.map(\.rawValue).joined(separator: ", "))
            }
            expect = failure
        case ("explore", "all"):
            explore = .all
        case ("explore", "none"):
            explore = ExploreOption.none
        case ("explore", let value?):
            guard let runs = NumberSyntax.wholeNumber(value, in: 1...Self.maxExploreRuns) else {
                throw bad("explore must be all, none or " + NumberSyntax.wholeNumberForm(1...Self.maxExploreRuns))
            }
            explore = .schedules(Int(runs))
        case ("seed", let value?):
            guard let number = NumberSyntax.wholeNumber(value, in: 0...UInt64.max) else {
                throw bad("seed must be " + NumberSyntax.wholeNumberForm(0...UInt64.max))
            }
            seed = number
        case ("fidelity", let value?):
            guard let mode = FidelityMode(rawValue: value) else {
                throw bad("fidelity must be one of " + FidelityMode.allCases.map(\.rawValue).joined(separator: ", "))
            }
            fidelity = mode
        case ("id", let value?):
            guard Self.isValidID(value) else {
                throw bad("id must start with a lowercase letter or digit, then lowercase letters, digits, - or _")
            }
            guard value.utf8.count <= CellID.maximumLength else {
                throw .longCellID(file: file, line: word.line, length: value.utf8.count)
            }
            id = value
        case ("cache", "off"):
            usesResultCache = false
        case ("cache", "on"):
            usesResultCache = true
        case ("cache", _?):
            throw bad("cache must be on or off")
        case ("mask", let value?):
            guard (try? Regex(value)) != nil else {
                throw bad("mask must be a regular expression (quote it to include blanks: mask=\"a b\")")
            }
            masks.append(value)
        case ("timeout", nil), ("expect", nil), ("explore", nil), ("seed", nil), ("fidelity", nil), ("mask", nil),
            ("cache", nil):
            throw bad("\(word.key) needs a value: \(word.key)=…")
        default:
            throw bad(
                "known options are timeout=S, expect=KIND, explore=N|all|none, seed=N, skip, fidelity=MODE, "
                    + "mask=REGEX, id=NAME and cache=off")
        }
    }

    /// `id=` values: usable as a file name and a URL fragment (`content/<page>/<id>.swift`, `#cell-<id>`).
    static func isValidID(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, ("a"..."z").contains(first) || ("0"..."9").contains(first)
        else { return false }
        return value.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
    }
}
