@testable import DocGenModel
@testable import DocGenParse
import DocGenTestSupport
import Testing

@Suite("Fidelity cell options")
struct FidelityOptionsTests {
    private func cell(_ comment: String) throws -> CodeCell {
        let document = try DocumentParser.parse(
            "## Racy\n\n\(comment)\n```python\nprint(1)\n```\n", page: "page", sourcePath: "content/page.md")
        return try #require(document.cells.first)
    }

    @Test func readsTheModeAndRepeatedMasks() throws {
        let options = try cell(#"<!-- docgen: fidelity=multiset mask=Thread-\d+ mask=\d+$ timeout=5 -->"#).options
        #expect(options == CellOptions(timeout: 5, fidelity: .multiset, masks: [#"Thread-\d+"#, #"\d+$"#]))
    }

    @Test func rejectsAnUnknownModeAndABadMask() {
        #expect(
            throws: ParseError.badOption(
                file: "content/page.md", line: 3, word: "fidelity=loose",
                why: "fidelity must be one of exact, per-thread, multiset")
        ) {
            try cell("<!-- docgen: fidelity=loose -->")
        }
        #expect(throws: ParseError.self) { try cell("<!-- docgen: mask=(open -->") }
    }
}
