import DocGenModel
@testable import DocGenParse
@testable import DocGenSite
import Testing

@Suite struct PageOptionsTests {
    @Test func swiftHiddenIsReadFromTheCommentAnywhereOnThePageAndLeftOutOfTheProse() throws {
        let markdown = "# T\n\nIntro.\n\n<!-- docgen-page: swift=hidden -->\n\n```python\nprint(1)\n```\n"
        let document = try DocumentParser.parse(markdown, page: "p", sourcePath: "p.md")
        #expect(document.options.swiftHidden)
        #expect(document.cells.count == 1)
        #expect(
            MarkdownSlicer.prose(markdown, cellLines: document.cells.map(\.line)).joined().contains("docgen-page")
                == false)
        #expect(try DocumentParser.parse("# T\n", page: "p", sourcePath: "p.md").options == PageOptions())
        let shown = try DocumentParser.parse("<!-- docgen-page: swift=shown -->\n", page: "p", sourcePath: "p.md")
        #expect(!shown.options.swiftHidden)
    }

    @Test func badPageOptionsAreOneLineErrorsNamingFileAndLine() {
        let cases: [(String, String)] = [
            (
                "\n<!-- docgen-page: swift=maybe -->\n",
                "p.md:2: bad docgen option 'swift=maybe': write swift=hidden or swift=shown"
            ),
            (
                "<!-- docgen-page: colour=red -->\n",
                "p.md:1: bad docgen option 'colour=red': the page options are swift=hidden and swift=shown"
            ),
            (
                "<!-- docgen-page:\nswift=hidden swift=shown -->\n",
                "p.md:2: bad docgen option 'swift=shown': swift is already set on line 2; keep one of them"
            ),
            (
                "<!-- docgen-page: swift=hidden -->\n\ntext\n\n<!-- docgen-page: swift=shown -->\n",
                "p.md:5: a page has one docgen-page comment, and this page has one at line 1 already; merge them"
            ),
        ]
        for (markdown, message) in cases {
            #expect(throws: ParseError.self) { try DocumentParser.parse(markdown, page: "p", sourcePath: "p.md") }
            do {
                _ = try DocumentParser.parse(markdown, page: "p", sourcePath: "p.md")
            } catch {
                #expect(error.description == message)
            }
        }
    }

    @Test func aPageWithSwiftHiddenSaysSoOnItsRootElementAndTheEarlyScriptReadsIt() throws {
        let hidden = try DocumentParser.parse("<!-- docgen-page: swift=hidden -->\n", page: "h", sourcePath: "h.md")
        let plain = try DocumentParser.parse("# P\n", page: "p", sourcePath: "p.md")
        let pages = [PageView(document: hidden, cells: [:]), PageView(document: plain, cells: [:])]
        var html = ""
        SiteLayout.head(title: "H", current: "h", pages: pages).write(to: &html)
        #expect(html.contains("<html lang=\"en\" data-swift=\"hidden\">"))
        #expect(html.contains("root.dataset.swift===\"hidden\""))
        html = ""
        SiteLayout.head(title: "P", current: "p", pages: pages).write(to: &html)
        #expect(html.contains("<html lang=\"en\">"))
    }
}
