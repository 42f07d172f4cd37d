import DocGenModel
@testable import DocGenRun
import DocGenTestSupport
import Testing

/// The file a scenario's `#sourceLocation` names is written as a Swift string literal: a quote or backslash in its
/// path is escaped, any other path is written as it is.
@Suite struct ScenarioWrapperTextTests {
    @Test func aPathWithAQuoteOrBackslashIsEscapedInTheSourceLocation() {
        let odd = ScenarioSource(text: "print(1)", path: "content/a\"b\\c.swift")
        #expect(
            ScenarioWrapper.source(for: odd).contains("#sourceLocation(file: \"content/a\\\"b\\\\c.swift\", line: 1)"))
        let plain = ScenarioSource(text: "print(1)", path: "content/page/cell.swift")
        #expect(
            ScenarioWrapper.source(for: plain).contains("#sourceLocation(file: \"content/page/cell.swift\", line: 1)"))
    }

    /// The result cache hashes the generated source without making it (`ScenarioWrapper.combine(sourceOf:into:)`): the
    /// key is the one of the text, for hand-written scenarios and translations, with declarations made `fileprivate`,
    /// carriage returns, odd paths and no text at all.
    @Test func theKeyOfTheSourceIsTheKeyOfItsText() {
        let texts = [
            "print(1)", "", "\n",
            "import Threading\nstruct A {\n  var x = 1\n}\n@MainActor\nclass B {}\nprint(A().x)\n",
            "let a = 1\r\nprint(a)\r\n", "enum E: String { case é = \"ü\" }\nprint(E.é)",
        ]
        var scenarios = texts.map { ScenarioSource(text: $0, path: "content/page/cell.swift") }
        scenarios.append(ScenarioSource(text: "print(2)", path: "content/a\"b\\c.swift"))
        var translated = ScenarioSource(text: "print(3)\n", path: "content/page.md", firstLine: 12)
        translated.isTranslated = true
        scenarios.append(translated)
        for scenario in scenarios {
            var pieces = CacheKey()
            ScenarioWrapper.combine(sourceOf: scenario, into: &pieces)
            var whole = CacheKey()
            whole.combine(field: ScenarioWrapper.source(for: scenario))
            #expect(pieces.hex == whole.hex, "\(scenario.text.debugDescription)")
        }
    }

    /// Lines are split by bytes when the text has no carriage return: the same lines as splitting by Characters, also
    /// around a combining mark after a line feed, and with carriage returns a line's trailing one is dropped.
    @Test func linesSplitByBytesAreTheLinesSplitByCharacters() {
        for text in ["a\nb", "", "\n", "é\n\u{301}x\n\n", "let s = \"ü\"\n  x\n", "a\r\nb\rc\n", "a\r\n\r\n"] {
            let byCharacters = text.split(separator: "\n", omittingEmptySubsequences: false).map {
                $0.hasSuffix("\r") ? $0.dropLast() : $0
            }
            #expect(ScenarioWrapper.lines(of: text) == byCharacters, "\(text.debugDescription)")
        }
    }
}
