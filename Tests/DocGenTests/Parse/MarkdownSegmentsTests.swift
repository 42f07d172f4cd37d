@testable import DocGenModel
@testable import DocGenParse
import DocGenTestSupport
import Foundation
import Testing

/// A page parsed in pieces (to bound cmark-gfm's memory) must give exactly the document parsed whole.
@Suite struct MarkdownSegmentsTests {
    private func document(_ text: String, pieceSize: Int) throws -> Document {
        try DocumentParser.parse(
            MarkdownInput(Data(text.utf8)), page: "p", sourcePath: "content/p.md", pieceSize: pieceSize)
    }

    private func pieces(_ text: String) -> Int {
        Array(text.utf8).withUnsafeBufferPointer { MarkdownSegments.split($0, minimumSize: 1).count }
    }

    @Test func theTutorialCutAtEveryHeadingEqualsTheTutorialParsedWhole() throws {
        let text = try TestSupport.read(TestSupport.packageRoot + "/content/threading-tutorial.md")
        #expect(pieces(text) > 10)
        #expect(try document(text, pieceSize: 1) == document(text, pieceSize: .max))
    }

    @Test func headingLikeLinesInsideFencesAndHTMLBlocksAreNeverCutPoints() throws {
        let text = """
            # Title

            ```python
            x = 1

            # a comment, not a heading
            ```

            <!--
            a comment

            # not a heading either
            -->

            ~~~~
            ```

            # still code
            ~~~~

            ## Real

            text [link](#real)
            """
        #expect(pieces(text) == 2)
        #expect(try document(text, pieceSize: 1) == document(text, pieceSize: .max))
        #expect(try document(text, pieceSize: 1).cells.first?.source == "x = 1\n\n# a comment, not a heading\n")
    }

    @Test func aPageWithAnIndentedFenceOrAReferenceDefinitionIsNotCut() {
        #expect(pieces("# A\n\n- item\n\n  ```\n\n# x\n  ```\n\n# B\n") == 1)
        #expect(pieces("# A\n\n[x][r]\n\n# B\n\n[r]: https://example.org\n") == 1)
    }

    @Test func linesOfALaterPieceAreLinesOfThePage() throws {
        let text = "# A\n\ntext\n\n## B\n\n    code\n"
        let cells = try document(text, pieceSize: 1).cells
        #expect(cells.map(\.line) == [7])
        #expect(try document(text, pieceSize: 1).headings.map(\.line) == [1, 5])
    }

    /// Found by `make fuzz` (markdown target): a lone CR is a line ending, so cutting by LF alone shifted lines.
    @Test func aPageWithALoneCarriageReturnParsesTheSameInPieces() throws {
        let text = "# Basic\r\u{5}# Basic\n\nA page\n# Basic fix\nA page wit#h\n\n# B\n"
        #expect(pieces(text) == 1)
        #expect(try document(text, pieceSize: 1) == document(text, pieceSize: .max))
    }

    /// Found by `make fuzz` (markdown target, Tests/FuzzSeeds/markdown/table-link-line.md): a link in the paragraph
    /// that cmark-gfm's table extension splits off a table had no line, so it took the enclosing document's line 1
    /// whole and its piece's first line in pieces.
    @Test func aLinkInAParagraphSplitOffATableParsesTheSameInPieces() throws {
        let text = try TestSupport.read(TestSupport.packageRoot + "/Tests/FuzzSeeds/markdown/table-link-line.md")
        #expect(pieces(text) > 1)
        let document = try document(text, pieceSize: 1)
        #expect(try document == self.document(text, pieceSize: .max))
        #expect(document.links.map(\.line) == [13])
    }

    /// Found by `make fuzz` (markdown target, Tests/FuzzSeeds/markdown/html-block-before-fence.md): `   <p` and a
    /// vertical tab starts an HTML block that ends at a blank line, so the fence-like line after it is HTML, not a
    /// fence; counting it as one put a cut inside a later fenced block and split that cell.
    @Test func aFenceLikeLineInsideAnHTMLBlockEndingAtABlankLineIsNoFence() throws {
        let text = try TestSupport.read(
            TestSupport.packageRoot + "/Tests/FuzzSeeds/markdown/html-block-before-fence.md")
        #expect(try document(text, pieceSize: 1) == document(text, pieceSize: .max))
        #expect(pieces("# A\n\n<div>\n```\n\n# B\n\n```\n\n# C\n") == 1)
        #expect(pieces("# A\n\n<div>\n\n```\n\n# B\n\n```\n\n# C\n") == 2)
    }
}
