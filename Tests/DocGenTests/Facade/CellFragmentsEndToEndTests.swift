import DocGenTestSupport
import Foundation
import Testing

/// A page edited around unchanged cells splices their renderings as the last build kept them (`CellFragmentCache`),
/// end to end on the built binary: the site is byte for byte the one a build without any kept rendering writes, the
/// kept rendering is what is spliced (a tampered one shows), and a cell whose options changed is rendered again.
@Suite(.serialized) struct CellFragmentsEndToEndTests {
    let work: String
    let content: String
    let out: String

    /// Two threads printing: a cell with an exhaustive search, its outcome folds and timelines.
    static let racy = """
        # One

        Prose of one.

        ## Race

        ```python
        import threading

        def say(tag):
            print(tag)

        first = threading.Thread(target=say, args=("a",))
        second = threading.Thread(target=say, args=("b",))
        first.start()
        second.start()
        first.join()
        second.join()
        ```

        """

    init() throws {
        work = try TestSupport.temporaryFolder("cell-fragments-e2e")
        content = try BadInputSupport.content([
            "one.md": Array(Self.racy.utf8),
            "two.md": Array("# Two\n\nProse of two.\n\n## Hi\n\n```python\nprint(\"two\")\n```\n".utf8),
        ])
        out = work + "/site"
    }

    func build() throws -> DocgenBinary.Output {
        try DocgenBinary.run(
            [
                "build", "--timings", "--content", content, "--out", out, "--cache", work + "/cache", "--recordings",
                work + "/recordings",
            ])
    }

    /// The site a build into an empty folder, with an empty cache (so no kept rendering), writes from the same content.
    func fromScratch() throws -> [String: Data]? {
        try BadInputSupport.siteFromScratch(content: content, recordings: work + "/recordings", in: work)
    }

    func editProse(of page: String, _ old: String, _ new: String) throws {
        let path = content + "/" + page
        try TestSupport.write(try TestSupport.read(path).replacingOccurrences(of: old, with: new), to: path)
    }

    /// Replaces the HTML kept for cell `id` with `html` (its key line kept, so a build takes it as valid).
    func tamper(_ id: String, html: String) throws {
        let path = work + "/cache/" + id + ".fragment"
        let lines = try TestSupport.read(path).split(separator: "\n", omittingEmptySubsequences: false)
        try TestSupport.write("\(lines[0])\n\(lines[1])\n\(html.utf8.count)\n\(html)\n0\n\n0\n", to: path)
    }

    @Test func aProseEditSplicesKeptCellsAndWritesWhatABuildWithoutThemWrites() throws {
        let first = try build()
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("; 0 cell(s) spliced"), "\(first.stderr)")
        try editProse(of: "one.md", "Prose of one.", "Prose of one, edited.")
        let edited = try build()
        #expect(edited.status == 0, "\(edited.stderr)")
        #expect(
            edited.stderr.contains("1 of 2 page(s) rendered, 3 file(s) written; 1 cell(s) spliced"), "\(edited.stderr)")
        #expect(try TestSupport.read(out + "/one.html").contains("Prose of one, edited."))
        #expect(BadInputSupport.files(in: out) == (try fromScratch()))
    }

    /// A paragraph added above a translated cell moves it down the page: the name its Swift pane shows
    /// (`content/one.md:N (translated)`) changes, and the fragment, which leaves that name's place empty, still serves.
    @Test func prosePutAboveACellMovesItAndItsKeptRenderingStillServes() throws {
        #expect(try build().status == 0)
        let before = try TestSupport.read(out + "/one.html")
        try editProse(of: "one.md", "Prose of one.", "A paragraph put above.\n\nProse of one.")
        let moved = try build()
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(moved.stderr.contains("; 1 cell(s) spliced"), "\(moved.stderr)")
        let after = try TestSupport.read(out + "/one.html")
        #expect(before.contains("one.md:8 (translated)") && after.contains("one.md:10 (translated)"), "\(after)")
        #expect(BadInputSupport.files(in: out) == (try fromScratch()))
    }

    @Test func theKeptRenderingIsSplicedAndAnOptionChangeRendersTheCellAgain() throws {
        #expect(try build().status == 0)
        try tamper("one/race", html: "<p>kept rendering</p>\n")
        try editProse(of: "one.md", "Prose of one.", "Prose of one, edited.")
        let spliced = try build()
        #expect(spliced.status == 0, "\(spliced.stderr)")
        #expect(try TestSupport.read(out + "/one.html").contains("<p>kept rendering</p>"))
        try editProse(of: "one.md", "```python\nimport", "<!-- docgen: fidelity=multiset -->\n```python\nimport")
        let changed = try build()
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(changed.stderr.contains("; 0 cell(s) spliced"), "\(changed.stderr)")
        #expect(!(try TestSupport.read(out + "/one.html").contains("<p>kept rendering</p>")))
        #expect(BadInputSupport.files(in: out) == (try fromScratch()))
    }
}
