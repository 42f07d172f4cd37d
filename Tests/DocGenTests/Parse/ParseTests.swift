@testable import DocGenModel
@testable import DocGenParse
import DocGenTestSupport
import Testing

@Suite struct ParseTests {
    func parse(_ markdown: String) throws -> Document {
        try DocumentParser.parse(markdown, page: "page", sourcePath: "content/page.md")
    }

    @Test func fencedAndIndentedCodeBlocksBecomeCellsNamedAfterTheirHeading() throws {
        let document = try parse(
            """
            # Title

            ## Daemon threads

            ```python
            print("a")
            ```

            ## run()

                print("b")
            """)
        #expect(document.title == "Title")
        #expect(document.cells.map(\.id) == ["daemon-threads", "run"])
        #expect(document.cells.map(\.source) == ["print(\"a\")\n", "print(\"b\")\n"])
        #expect(document.cells.map(\.line) == [5, 11])
    }

    @Test func duplicateHeadingsAndCellsGetNumberedSuffixes() throws {
        let document = try parse(
            """
            ## Example

                one()

            ## Example

                two()

            ```
            three()
            ```
            """)
        #expect(document.headings.map(\.slug) == ["example", "example-2"])
        #expect(document.cells.map(\.id) == ["example", "example-2", "example-3"])
    }

    @Test func githubSlugsDropPunctuationAndKeepHyphens() {
        #expect(Slugger.slug("start()") == "start")
        #expect(Slugger.slug("Queued Threads & Co-operation") == "queued-threads--co-operation")
        #expect(Slugger.slug("`Lock` objects") == "lock-objects")
    }

    @Test func nonPythonCodeBlocksStayProse() throws {
        let document = try parse(
            """
            ## Shell

            ```sh
            ls <dir>
            ```
            """)
        #expect(document.cells.isEmpty)
        #expect(
            document.blocks.contains(
                .prose(Prose(pieces: [.code("<code class=\"language-sh\">ls &lt;dir&gt;\n</code>")], text: "ls <dir>")))
        )
    }

    @Test func tablesAreRenderedByTheGFMExtension() throws {
        let document = try parse(
            """
            | a | b |
            |---|---|
            | 1 | 2 |
            """)
        guard case .prose(let prose)? = document.blocks.first, case .table(let html)? = prose.pieces.first else {
            Issue.record("expected a table")
            return
        }
        #expect(prose.pieces.count == 1)
        #expect(html.hasPrefix("<table>") && html.hasSuffix("</table>"))
        #expect(html.contains("<td>2</td>"))
        #expect(prose.text == "a b 1 2")
    }

    @Test func headingKeepsInlineMarkupAndGetsPlainTextForItsSlug() throws {
        let document = try parse("## The `join()` *method*\n")
        let heading = try #require(document.headings.first)
        #expect(heading.text == "The join() method")
        #expect(heading.slug == "the-join-method")
        #expect(heading.innerHTML == "The <code>join()</code> <em>method</em>")
    }

    @Test func headingTreeNestsByLevel() throws {
        let document = try parse("# A\n## B\n### C\n## D\n# E\n")
        let tree = document.headingTree
        #expect(tree.map(\.heading.text) == ["A", "E"])
        #expect(tree[0].children.map(\.heading.text) == ["B", "D"])
        #expect(tree[0].children[0].children.map(\.heading.text) == ["C"])
    }

    @Test func linksAreCollectedWithTheirBlockLine() throws {
        let document = try parse("# T\n\n* [daemon](#daemon)\n* [other](other.md#x)\n")
        #expect(
            document.links == [
                DocumentLink(destination: "#daemon", line: 3),
                DocumentLink(destination: "other.md#x", line: 4),
            ])
    }

    /// cmark-gfm's table extension splits a paragraph whose last line is a table's header row; the paragraph it makes
    /// has no line and the table keeps the paragraph's first: each link still gets the line it is written on.
    @Test func linksBeforeAndInATableSplitOffAParagraphHaveTheirOwnLines() throws {
        let document = try parse(
            """
            # T

            first [a](#a)
            second [b](#b) `a code
            span` [c](#c)
            | head [d](#d) | x |
            |---|---|
            | body [e](#e) | y |

            - item [f](#f)
              | h [g](#g) |
              |---|
            """)
        #expect(document.links.map(\.destination) == ["#a", "#b", "#c", "#d", "#e", "#f", "#g"])
        #expect(document.links.map(\.line) == [3, 4, 5, 6, 8, 10, 11])
    }

    @Test func optionsCommentConfiguresTheNextCell() throws {
        let document = try parse(
            """
            ## Stuck

            <!-- docgen: timeout=2.5 expect=deadlock explore=50 seed=7 -->
            ```python
            lock.acquire(); lock.acquire()
            ```
            """)
        let cell = try #require(document.cells.first)
        #expect(cell.options == CellOptions(timeout: 2.5, expect: .deadlock, explore: 50, seed: 7))
    }

    @Test func skipOptionKeepsThePythonBlockAsPlainCode() throws {
        let document = try parse("<!-- docgen: skip -->\n```python\nx = 1\n```\n")
        #expect(document.cells.isEmpty)
    }

    @Test func unknownOptionIsAnErrorNamingFileAndLine() {
        #expect(
            throws: ParseError.badOption(
                file: "content/page.md", line: 3, word: "colour=red",
                why: "known options are timeout=S, expect=KIND, explore=N|all|none, seed=N, skip, fidelity=MODE, "
                    + "mask=REGEX, id=NAME and cache=off")
        ) {
            try parse("# T\n\n<!-- docgen: colour=red -->\n    x\n")
        }
    }

    @Test func optionsNotFollowedByCodeAreAnError() {
        #expect(throws: ParseError.danglingOptions(file: "content/page.md", line: 1)) {
            try parse("<!-- docgen: timeout=1 -->\n\nJust prose.\n")
        }
    }

    @Test func otherHTMLCommentsAreIgnoredAsOptions() throws {
        let document = try parse("<!-- a note -->\n\n    x = 1\n")
        #expect(document.cells.count == 1)
        #expect(document.cells[0].options == CellOptions())
    }

    @Test func pythonInsideAListIsShownButNotRunAndTheAuthorIsWarned() throws {
        let document = try parse(
            "## Steps\n\n1. Run this:\n\n   ```python\n   print(1)\n   ```\n\n   ```text\n   out\n   ```\n")
        #expect(document.cells.isEmpty)
        #expect(
            document.warnings == [
                "content/page.md:5: this code block is inside a list or quote, so it is not run as a cell; move it to "
                    + "the top level to run it"
            ])
    }

    @Test func aHeadingThatTakesACellsAnchorIsReported() throws {
        let document = try parse("## Daemon\n\n    x\n\n## Cell daemon\n\nText.\n")
        #expect(
            document.warnings == [
                "content/page.md:5: heading 'Cell daemon' has the anchor of cell daemon's block (cell-daemon); rename "
                    + "the heading"
            ])
    }

    @Test func documentWithoutCodeHasNoCellsButKeepsItsProse() throws {
        let document = try parse("# Only words\n\nHello *world*.\n")
        #expect(document.cells.isEmpty)
        #expect(
            document.blocks.last
                == .prose(Prose(pieces: [.markup("<p>Hello <em>world</em>.</p>\n")], text: "Hello world.")))
    }

    @Test func aSwiftBlockRightAfterACellIsItsScenarioNotProse() throws {
        let document = try parse("## A\n\n```python\nprint(1)\n```\n\n```swift\nprint(1)\n```\n\nText.\n")
        #expect(document.cells.map(\.inlineScenario) == [InlineScenario(source: "print(1)\n", firstLine: 8)])
        #expect(
            !document.blocks.contains {
                if case .prose(let p) = $0 { p.html.contains("language-swift") } else { false }
            })
    }

    @Test func aSwiftBlockAfterProseStaysProse() throws {
        let document = try parse("## A\n\n```python\nprint(1)\n```\n\nText.\n\n```swift\nprint(1)\n```\n")
        #expect(document.cells.map(\.inlineScenario) == [nil])
        #expect(
            document.blocks.contains { if case .prose(let p) = $0 { p.html.contains("language-swift") } else { false } }
        )
    }

    @Test func theIdOptionPinsTheCellsID() throws {
        let document = try parse("## Some long title\n\n<!-- docgen: id=short -->\n```python\nx = 1\n```\n")
        #expect(document.cells.map(\.id) == ["short"])
        #expect(document.cells[0].options.id == "short")
    }

    @Test func aBadIdIsAnError() {
        #expect(
            throws: ParseError.badOption(
                file: "content/page.md", line: 1, word: "id=Not/Valid",
                why: "id must start with a lowercase letter or digit, then lowercase letters, digits, - or _")
        ) {
            try parse("<!-- docgen: id=Not/Valid -->\n    x\n")
        }
    }

    @Test func aDuplicateIdNamesBothLines() {
        #expect(throws: ParseError.duplicateCellID(file: "content/page.md", line: 7, id: "same", firstLine: 2)) {
            try parse("<!-- docgen: id=same -->\n```python\nx\n```\n\n<!-- docgen: id=same -->\n```python\ny\n```\n")
        }
        let message = ParseError.duplicateCellID(file: "content/page.md", line: 7, id: "same", firstLine: 2)
        #expect(
            message.description
                == "content/page.md:7: cell id 'same' is already the id of the cell at line 2; give one of them "
                + "another id=NAME")
    }

    @Test func aHeadingDerivedIdAvoidsAPinnedOne() throws {
        let document = try parse("<!-- docgen: id=daemon -->\n    x\n\n## Daemon\n\n    y\n")
        #expect(document.cells.map(\.id) == ["daemon", "daemon-2"])
    }
}

extension ParseTests {
    /// The search index reads prose's text from cmark-gfm's tree: entities decoded, words inside phrasing markup kept
    /// together, a blank between blocks, table cells and at line breaks; an image's description and raw HTML blocks
    /// are no text.
    @Test func proseCarriesTheTextAReaderSeesFromTheParsedTree() throws {
        let document = try parse(
            """
            a &amp; b &lt;c&gt; &#39;d&#x27; &bogus **bo**ld `co`de<kbd>k</kbd>x \\
            next ![alt text](i.png) <em>in</em>line

            - item
            - two

            | h1 | h2 |
            |----|----|
            | c1 | c2 |

            <div>raw block</div>
            """)
        guard case .prose(let prose)? = document.blocks.first else {
            Issue.record("expected prose")
            return
        }
        #expect(prose.text == "a & b <c> 'd' &bogus bold code k x next inline item two h1 h2 c1 c2")
    }

    /// Tables and code blocks, nested in a list too, are pieces of their own; the markup around them is cmark-gfm's.
    @Test func tablesAndCodeBlocksAtAnyDepthArePiecesOfTheirOwn() throws {
        let markdown = "Intro.\n\n- item\n\n  ```sh\n  ls\n  ```\n\n> | a |\n> |---|\n> | 1 |\n"
        let document = try parse(markdown)
        guard case .prose(let prose)? = document.blocks.first else {
            Issue.record("expected prose")
            return
        }
        #expect(
            prose.pieces.map { piece -> String in
                switch piece {
                case .markup: "markup"
                case .table: "table"
                case .code: "code"
                }
            } == ["markup", "code", "markup", "table", "markup"])
        #expect(prose.pieces[1] == .code("<code class=\"language-sh\">ls\n</code>"))
        #expect(prose.html.contains("<li>\n<p>item</p>\n<pre><code class=\"language-sh\">ls\n</code></pre>\n</li>"))
    }
}

extension ParseTests {
    /// A heading's inner HTML is its children as cmark-gfm renders them (links to pages pointed at their HTML), with
    /// no `<hN>` to cut off, for a setext heading over two lines too.
    @Test func aHeadingsInnerHTMLIsItsChildrenRendered() throws {
        let document = try parse("See [the *other*](other.md#x) & `a<b`\nthen\n---\n")
        let heading = try #require(document.headings.first)
        #expect(heading.level == 2)
        #expect(
            heading.innerHTML == "See <a href=\"other.html#x\">the <em>other</em></a> &amp; <code>a&lt;b</code>\nthen")
        #expect(heading.text == "See the other & a<b then")
    }
}
