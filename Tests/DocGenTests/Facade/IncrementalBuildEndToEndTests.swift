import DocGenTestSupport
import Foundation
import Testing

/// `docgen build` over an existing site writes only the files whose bytes change, end to end on the built binary with
/// cell-less pages: a rebuild with nothing changed leaves the site folder as it is, a prose edit writes its page, its
/// notebook and the search index, a deleted page's files go, and a killed rebuild still leaves a whole site.
@Suite(.serialized) struct IncrementalBuildEndToEndTests {
    let work: String
    let content: String
    let out: String

    init() throws {
        work = try TestSupport.temporaryFolder("incremental")
        var pages: [String: [UInt8]] = [:]
        for number in 0..<5 {
            let prose = String(repeating: "Words of page \(number). ", count: 100)
            pages[String(format: "page-%03d.md", number)] = Array(
                "# Page \(number)\n\n\(prose)\n\n![logo](logo.txt)\n\n## Part\n\nMore.\n".utf8)
        }
        pages["logo.txt"] = Array("a linked file\n".utf8)
        content = try BadInputSupport.content(pages)
        out = work + "/site"
    }

    func build(_ extra: [String] = []) throws -> DocgenBinary.Output {
        try DocgenBinary.run(["build", "--content", content, "--out", out, "--cache", work + "/cache"] + extra)
    }

    @Test func aRebuildWithNothingChangedLeavesTheSiteFolderAsItIs() throws {
        #expect(try build().status == 0)
        let before = FileIdentity.all(in: out)
        usleep(20_000)
        let again = try build()
        #expect(again.status == 0)
        #expect(again.stderr.contains("; \(out) unchanged"), "\(again.stderr)")
        #expect(FileIdentity.all(in: out) == before)
        #expect(try BadInputSupport.docgenSiblings(in: work) == [])
    }

    @Test func aProseEditWritesOnlyItsPageItsNotebookAndTheSearchIndex() throws {
        #expect(try build().status == 0)
        let before = FileIdentity.files(in: out)
        let page = content + "/page-002.md"
        try TestSupport.write(
            try TestSupport.read(page).replacingOccurrences(of: "More.", with: "More, edited."), to: page)
        let edited = try build()
        #expect(edited.status == 0)
        #expect(edited.stderr.contains("; 3 file(s) written"), "\(edited.stderr)")
        let changed = FileIdentity.changed(before, FileIdentity.files(in: out))
        #expect(changed == ["page-002.html", "page-002.ipynb", "assets/search-index.js"])
        #expect(try TestSupport.read(out + "/page-002.html").contains("More, edited."))
    }

    @Test func aDeletedPageLeavesNoFileBehind() throws {
        #expect(try build().status == 0)
        try FileManager.default.removeItem(atPath: content + "/page-004.md")
        let rebuilt = try build()
        #expect(rebuilt.status == 0)
        #expect(rebuilt.stderr.contains(", 2 removed"), "\(rebuilt.stderr)")
        let files = try #require(BadInputSupport.files(in: out))
        #expect(files.keys.filter { $0.hasPrefix("page-004") } == [])
        let fresh = work + "/fresh"
        #expect(try DocgenBinary.run(["build", "--content", content, "--out", fresh]).status == 0)
        #expect(files == BadInputSupport.files(in: fresh), "the same site as a build into an empty folder")
    }

    @Test func killingARebuildOfOneEditedPageLeavesTheOldSiteOrTheNewOne() throws {
        #expect(try build().status == 0)
        let old = try #require(BadInputSupport.files(in: out))
        let page = content + "/page-001.md"
        let original = try TestSupport.read(page)
        try TestSupport.write(original + "\nA new paragraph.\n", to: page)
        let started = Date()
        #expect(try build().status == 0)
        let duration = Date().timeIntervalSince(started)
        let new = try #require(BadInputSupport.files(in: out))
        var generator = SystemRandomNumberGenerator()
        for trial in 0..<10 {
            try TestSupport.write(trial % 2 == 0 ? original : original + "\nA new paragraph.\n", to: page)
            let process = try BadInputSupport.start(
                ["build", "--content", content, "--out", out, "--cache", work + "/cache"])
            usleep(UInt32(Double.random(in: 0...(duration * 1.2), using: &generator) * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let site = BadInputSupport.files(in: out)
            #expect(site == old || site == new, "trial \(trial): the site is missing, a mix or cut short")
        }
        try TestSupport.write(original, to: page)
        #expect(try build().status == 0)
        #expect(BadInputSupport.files(in: out) == old)
        #expect(try BadInputSupport.docgenSiblings(in: work).filter { $0.hasPrefix(".site.") } == [])
    }

    @Test func aProseEditRendersOnlyItsPageAndGivesTheSiteOfABuildFromScratch() throws {
        #expect(try build().status == 0)
        let again = try build(["--timings"])
        #expect(again.stderr.contains("(nothing changed:"), "\(again.stderr)")
        let page = content + "/page-003.md"
        try TestSupport.write(try TestSupport.read(page).replacingOccurrences(of: "More.", with: "Less."), to: page)
        let edited = try build(["--timings"])
        #expect(edited.stderr.contains("(1 of 5 page(s) rendered, 3 file(s) written)"), "\(edited.stderr)")
        let fresh = work + "/fresh"
        let scratch = try DocgenBinary.run(["build", "--content", content, "--out", fresh, "--cache", work + "/other"])
        #expect(scratch.status == 0)
        #expect(BadInputSupport.files(in: out) == BadInputSupport.files(in: fresh), "the search index spliced right")
    }

    @Test func aPageFileEditedByHandIsRenderedAgainAndPutBack() throws {
        #expect(try build().status == 0)
        let original = try TestSupport.read(out + "/page-001.html")
        try TestSupport.write("edited by hand", to: out + "/page-001.html")
        let rebuilt = try build(["--timings"])
        #expect(rebuilt.stderr.contains("(1 of 5 page(s) rendered, 1 file(s) written)"), "\(rebuilt.stderr)")
        #expect(try TestSupport.read(out + "/page-001.html") == original)
    }

    @Test func withoutTheRecordOfTheLastBuildEveryPageIsRenderedAndNothingWritten() throws {
        #expect(try build().status == 0)
        let before = FileIdentity.all(in: out)
        try FileManager.default.removeItem(atPath: work + "/cache/.sites")
        let rebuilt = try build(["--timings"])
        #expect(rebuilt.stderr.contains("(5 of 5 page(s) rendered, 0 file(s) written)"), "\(rebuilt.stderr)")
        #expect(FileIdentity.all(in: out) == before)
        #expect(try build(["--timings"]).stderr.contains("(nothing changed:"))
    }
}
