@testable import DocGenModel
@testable import DocGenParse
import DocGenTestSupport
import Testing

/// The `<!-- docgen: … -->` option parser: every malformed word is a one-line error naming the file and line.
@Suite struct CellOptionsParsingTests {
    private func options(_ body: String) throws(ParseError) -> CellOptions? {
        try CellOptions.parse(htmlBlock: "<!-- docgen: \(body) -->\n", file: "content/page.md", line: 7)
    }

    private func why(_ body: String) -> String? {
        do {
            _ = try options(body)
            return nil
        } catch {
            guard case .badOption(let file, let line, _, let why) = error, file == "content/page.md", line == 7 else {
                return "unexpected error \(error)"
            }
            return why
        }
    }

    @Test func aLoneEqualsSignOrAnEmptyKeyIsAnErrorNotACrash() {
        #expect(why("=") == "'=' needs a key before it and a value after it, e.g. timeout=10")
        #expect(why("=5") == "'=' needs a key before it and a value after it, e.g. timeout=10")
        #expect(why("skip =") == "'=' needs a key before it and a value after it, e.g. timeout=10")
    }

    @Test func anEmptyValueIsAnError() {
        #expect(why("timeout=") == "timeout= needs a value after '='")
        #expect(why("mask=\"\"") == "mask= needs a value after '='")
    }

    @Test func aKeyThatNeedsAValueWithoutOneIsAnError() {
        #expect(why("timeout") == "timeout needs a value: timeout=…")
        #expect(why("skip=yes") == "skip takes no value; write just skip")
    }

    @Test func timeoutsMustBePlainDecimalSecondsInRange() throws {
        for bad in ["inf", "-inf", "nan", "1e308", "1e3", "0x10", "+5", "-1", "0", "0.0", "86401", ".5", "5.", "1_0"] {
            #expect(
                why("timeout=\(bad)")
                    == "timeout must be a number of seconds written like 10 or 2.5, more than 0 and at most 86400",
                "timeout=\(bad)")
        }
        #expect(try options("timeout=2.5")?.timeout == 2.5)
        #expect(try options("timeout=86400")?.timeout == 86_400)
        #expect(try options("timeout=0.01")?.timeout == 0.01)
    }

    @Test func exploreAndSeedMustBeDigitsInRange() throws {
        let exploreForm = "explore must be all, none or a whole number written in digits, from 1 to 1000000"
        #expect(why("explore=0") == exploreForm)
        #expect(why("explore=1e3") == exploreForm)
        #expect(why("explore=1000001") == exploreForm)
        #expect(why("explore=All") == exploreForm)
        #expect(why("explore=") != nil)
        #expect(why("seed=0x10") == "seed must be a whole number written in digits, from 0 to 18446744073709551615")
        #expect(why("seed=18446744073709551616") != nil)
        #expect(
            try options("explore=1000000 seed=18446744073709551615")
                == CellOptions(explore: 1_000_000, seed: .max))
    }

    @Test func exploreTakesAllOrNone() throws {
        #expect(try options("explore=all")?.explore == .all)
        #expect(try options("explore=none")?.explore == ExploreOption.none)
        #expect(try options("explore=7")?.explore == .schedules(7))
        #expect(try options("timeout=3")?.explore == nil)
        #expect(why("explore=all explore=none") == "explore is already set on line 7; keep one of them")
    }

    @Test func aRepeatedKeyIsAnErrorNamingTheEarlierLine() {
        #expect(why("timeout=1 timeout=2") == "timeout is already set on line 7; keep one of them")
        #expect(why("skip skip") == "skip is already set on line 7; keep one of them")
    }

    @Test func theFirstBadWordInWritingOrderIsTheOneReported() {
        #expect(why("timeout=x timeout=1") == "timeout must be " + NumberSyntax.secondsForm)
        #expect(why("timeout=1 timeout=1 cache=maybe") == "timeout is already set on line 7; keep one of them")
    }

    @Test func masksMayRepeat() throws {
        #expect(try options(#"mask=a mask=b\d"#)?.masks == ["a", #"b\d"#])
    }

    @Test func aQuotedValueKeepsBlanksAndRegexBackslashes() throws {
        #expect(try options(#"mask="value \d+" timeout=3"#) == CellOptions(timeout: 3, masks: [#"value \d+"#]))
    }

    @Test func insideQuotesBackslashQuoteIsAQuoteAndDoubleBackslashIsOne() throws {
        #expect(try options(#"mask="say \"hi\"""#)?.masks == [#"say "hi""#])
        #expect(try options(#"mask="ends in \\\\" skip"#) == CellOptions(skip: true, masks: [#"ends in \\"#]))
    }

    @Test func badQuotingIsAnError() {
        #expect(
            why(#"mask="open"#)
                == #"the quote is never closed; end the value with " (write \" for a quote inside it)"#)
        #expect(why(#"mask="a"b"#) == "put a blank after the closing quote")
        #expect(why(#"mask=a"b"#) == #"quotes may only surround a whole value: mask="…""#)
        #expect(why(#""mask"=a"#) == #"quotes may only surround a value: key="…""#)
    }

    @Test func theErrorNamesTheLineOfTheWordInAMultiLineComment() {
        #expect(
            throws: ParseError.badOption(
                file: "content/page.md", line: 9, word: "seed=x",
                why: "seed must be a whole number written in digits, from 0 to 18446744073709551615")
        ) {
            try CellOptions.parse(
                htmlBlock: "<!--\ndocgen: timeout=1\n  seed=x\n-->", file: "content/page.md", line: 7)
        }
    }

    @Test func theWrittenWordIsQuotedInTheMessage() {
        #expect(
            throws: ParseError.badOption(
                file: "content/page.md", line: 7, word: "=",
                why: "'=' needs a key before it and a value after it, e.g. timeout=10")
        ) {
            try options("=")
        }
    }

    @Test func commentsThatAreNotDocgenOptionsAreNotRead() throws {
        #expect(try CellOptions.parse(htmlBlock: "<!-- a note -->", file: "f", line: 1) == nil)
        #expect(try CellOptions.parse(htmlBlock: "<!-->", file: "f", line: 1) == nil)
        #expect(try CellOptions.parse(htmlBlock: "<div>docgen: x</div>", file: "f", line: 1) == nil)
        #expect(try CellOptions.parse(htmlBlock: "<!--docgen:-->", file: "f", line: 1) == CellOptions())
    }
}
