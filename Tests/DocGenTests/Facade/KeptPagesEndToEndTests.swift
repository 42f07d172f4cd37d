import DocGenTestSupport
import Foundation
import Testing

/// A page made from the same inputs as the last build's, its files unchanged, is kept without mapping, running,
/// decoding or rendering any of it (`PageInputs`), end to end on the built binary: a rebuild with nothing changed
/// loads no cell (it reads no cached transcript or exploration: corrupting them changes nothing), a prose edit loads
/// only its page's cells, a recording or a `cache=off` or failed cell makes its page again, and the site is always the
/// one a build from scratch writes.
@Suite(.serialized) struct KeptPagesEndToEndTests {
    let work: String
    let content: String
    let out: String

    init() throws {
        work = try TestSupport.temporaryFolder("kept-pages")
        content = try BadInputSupport.content([
            "one.md": Array("# One\n\nProse of one.\n\n## Hello\n\n```python\nprint(\"one\")\n```\n".utf8),
            "two.md": Array("# Two\n\nProse of two.\n\n## Hi\n\n```python\nprint(\"two\")\n```\n".utf8),
        ])
        out = work + "/site"
    }

    func build(_ extra: [String] = []) throws -> DocgenBinary.Output {
        try DocgenBinary.run(
            [
                "build", "--timings", "--content", content, "--out", out, "--cache", work + "/cache", "--recordings",
                work + "/recordings",
            ] + extra)
    }

    /// The site a build into an empty folder, with an empty cache, writes from the same content.
    func fromScratch() throws -> [String: Data]? {
        try BadInputSupport.siteFromScratch(
            content: content, recordings: work + "/recordings", in: work, extra: ["--allow-errors"])
    }

    /// Every cached transcript and exploration, made unreadable as such (their key line kept): a build that read one
    /// would run or explore its cell again.
    func corruptCachedResults() throws -> Int {
        var corrupted = 0
        let cache = work + "/cache"
        for name in try FileManager.default.subpathsOfDirectory(atPath: cache)
        where name.hasSuffix(".explore.json") || (name.hasSuffix(".txt") && !name.contains("/.") && name.contains("/"))
        {
            let path = cache + "/" + name
            let text = try TestSupport.read(path)
            guard let keyLine = text.split(separator: "\n", maxSplits: 1).first,
                keyLine.hasPrefix("# key ") || keyLine.hasPrefix("<!-- key ")
            else { continue }
            try TestSupport.write(keyLine + "\nnot a transcript nor JSON\n", to: path)
            corrupted += 1
        }
        return corrupted
    }

    @Test func aRebuildWithNothingChangedLoadsNoCellAndLeavesTheSiteAsItIs() throws {
        // Nothing changed at all: the build stops at the check (`UnchangedSiteEndToEndTests`) before any page.
        let first = try build()
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("0 of 2 page(s) kept"), "\(first.stderr)")
        let before = FileIdentity.all(in: out)
        #expect(try corruptCachedResults() >= 4, "two transcripts and two explorations")
        let again = try build()
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("check ") && again.stderr.contains("(nothing changed:"), "\(again.stderr)")
        #expect(
            again.stderr.contains("2 cell(s), 0 executed, 0 compiled, 0 explored, 0 translated;"), "\(again.stderr)")
        #expect(again.stderr.contains("; \(out) unchanged"), "\(again.stderr)")
        #expect(FileIdentity.all(in: out) == before)
    }

    @Test func aProseEditLoadsOnlyItsPagesCellsAndGivesTheSiteOfABuildFromScratch() throws {
        #expect(try build().status == 0)
        let page = content + "/one.md"
        try TestSupport.write(
            try TestSupport.read(page).replacingOccurrences(of: "Prose of one.", with: "Prose of one, edited."),
            to: page)
        let edited = try build()
        #expect(edited.status == 0, "\(edited.stderr)")
        #expect(edited.stderr.contains("1 of 2 page(s) kept"), "\(edited.stderr)")
        #expect(edited.stderr.contains("(1 cell(s) loaded;"), "\(edited.stderr)")
        #expect(edited.stderr.contains("1 of 2 page(s) rendered"), "\(edited.stderr)")
        #expect(BadInputSupport.files(in: out) == (try fromScratch()))
    }

    @Test func aRecordingAddedForACellMakesItsPageAgain() throws {
        #expect(try build().status == 0)
        let before = try TestSupport.read(out + "/two.html")
        try FileManager.default.createDirectory(atPath: work + "/recordings/two", withIntermediateDirectories: true)
        try TestSupport.write("not a recording\n", to: work + "/recordings/two/hi.txt")
        let rebuilt = try build()
        #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
        #expect(rebuilt.stderr.contains("1 of 2 page(s) kept"), "\(rebuilt.stderr)")
        #expect(try TestSupport.read(out + "/two.html") != before, "the page shows what it makes of the recording")
        #expect(BadInputSupport.files(in: out) == (try fromScratch()))
    }

    @Test func aPageWithACacheOffCellIsMadeByEveryBuild() throws {
        try TestSupport.write(
            "# Two\n\n## Hi\n\n<!-- docgen: cache=off -->\n```python\nprint(\"two\")\n```\n", to: content + "/two.md")
        #expect(try build().status == 0)
        let again = try build()
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("1 of 2 page(s) kept"), "\(again.stderr)")
        #expect(again.stderr.contains("2 cell(s), 1 executed,"), "\(again.stderr)")
    }

    @Test func aPageWithAFailedCellIsMadeAndReportedByEveryBuild() throws {
        try TestSupport.write(
            "# Two\n\n## Hi\n\n```python\nraise ValueError(\"no\")\n```\n", to: content + "/two.md")
        #expect(try build(["--allow-errors"]).status == 0)
        let again = try build(["--allow-errors"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("1 of 2 page(s) kept"), "\(again.stderr)")
        #expect(again.stderr.contains("cell two/hi"), "the failure is reported again: \(again.stderr)")
        let strict = try build()
        #expect(strict.status == 1, "without --allow-errors the failed cell still fails the build")
    }
}
