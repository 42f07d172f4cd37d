import DocGenTestSupport
import Foundation
import Testing

/// A rebuild in which nothing changed stops at one check (`UnchangedSite`: every input's bytes and every output file's
/// stamp as the last build left them) and touches nothing, end to end on the built binary; any change to an input, a
/// flag or the output folder makes a real build, whose site is the one a build from scratch writes.
@Suite(.serialized) struct UnchangedSiteEndToEndTests {
    let work: String
    let content: String
    let out: String

    init() throws {
        work = try TestSupport.temporaryFolder("unchanged-site")
        content = try BadInputSupport.content([
            "one.md": Array("# One\n\nProse of one, [see](notes.txt).\n\n```python\nprint(\"one\")\n```\n".utf8),
            "two.md": Array("# Two\n\nProse of two.\n".utf8),
            "notes.txt": Array("linked notes\n".utf8),
        ])
        out = work + "/site"
    }

    func build(_ extra: [String] = []) throws -> DocgenBinary.Output {
        let built = try DocgenBinary.run(
            [
                "build", "--timings", "--content", content, "--out", out, "--cache", work + "/cache", "--recordings",
                work + "/recordings",
            ] + extra)
        #expect(built.status == 0, "\(built.stderr)")
        return built
    }

    /// The site a build into an empty folder, with an empty cache, writes from the same content.
    func fromScratch() throws -> [String: Data]? {
        try BadInputSupport.siteFromScratch(content: content, recordings: work + "/recordings", in: work)
    }

    func stoppedAtTheCheck(_ output: DocgenBinary.Output) -> Bool {
        output.stderr.contains("time: check ") && output.stderr.contains("(nothing changed:")
    }

    /// `change` made between two builds must make the second one a real build giving the site a build from scratch
    /// gives; the build after it stops at the check again.
    func expectRealBuild(_ what: String, after change: () throws -> Void) throws {
        #expect(stoppedAtTheCheck(try build()), "before \(what)")
        try change()
        let rebuilt = try build()
        #expect(!stoppedAtTheCheck(rebuilt), "\(what)")
        #expect(BadInputSupport.files(in: out) == (try fromScratch()), "\(what)")
        #expect(stoppedAtTheCheck(try build()), "after \(what)")
    }

    @Test func aRebuildWithNothingChangedStopsAtTheCheckAndTouchesNothing() throws {
        let first = try build()
        #expect(!stoppedAtTheCheck(first))
        let before = FileIdentity.all(in: out)
        let cacheBefore = FileIdentity.files(in: work + "/cache")
        usleep(20_000)
        // A page saved with the same bytes is the same input.
        let page = content + "/two.md"
        try TestSupport.write(try TestSupport.read(page), to: page)
        let again = try build()
        #expect(stoppedAtTheCheck(again), "\(again.stderr)")
        #expect(
            again.stderr.contains(
                "built \(out): 2 page(s), 1 cell(s), 0 executed, 0 compiled, 0 explored, "
                    + "0 translated; \(out) unchanged"), "\(again.stderr)")
        #expect(FileIdentity.all(in: out) == before)
        #expect(FileIdentity.files(in: work + "/cache") == cacheBefore, "no file of the cache is written either")
        #expect(try BadInputSupport.docgenSiblings(in: work) == [])
    }

    @Test func anEditedAddedOrRemovedInputMakesARealBuild() throws {
        #expect(try build().status == 0)
        try expectRealBuild("an edited page") {
            try TestSupport.write("# Two\n\nProse of two, edited.\n", to: content + "/two.md")
        }
        try expectRealBuild("a new page") { try TestSupport.write("# Three\n\nNew.\n", to: content + "/three.md") }
        try expectRealBuild("a removed page") { try FileManager.default.removeItem(atPath: content + "/three.md") }
        try expectRealBuild("an edited linked file") {
            try TestSupport.write("edited notes\n", to: content + "/notes.txt")
        }
        try expectRealBuild("a new recording") {
            try FileManager.default.createDirectory(atPath: work + "/recordings/one", withIntermediateDirectories: true)
            try TestSupport.write("not a recording\n", to: work + "/recordings/one/one.txt")
        }
        try expectRealBuild("a new file in a page's folder (where its scenarios are)") {
            try FileManager.default.createDirectory(atPath: content + "/one", withIntermediateDirectories: true)
            try TestSupport.write("not a scenario\n", to: content + "/one/notes.txt")
        }
    }

    @Test func aChangedFlagMakesARealBuild() throws {
        #expect(try build().status == 0)
        #expect(stoppedAtTheCheck(try build()))
        #expect(!stoppedAtTheCheck(try build(["--allow-errors"])))
        #expect(stoppedAtTheCheck(try build(["--allow-errors"])))
        #expect(!stoppedAtTheCheck(try build(["--strict"])))
        #expect(stoppedAtTheCheck(try build(["--strict"])))
        #expect(!stoppedAtTheCheck(try build()))
    }

    @Test func aChangedOutputFileMakesARealBuildThatPutsTheSiteBack() throws {
        #expect(try build().status == 0)
        let site = BadInputSupport.files(in: out)
        try expectRealBuild("an edited file") { try TestSupport.write("edited by hand", to: out + "/two.html") }
        #expect(BadInputSupport.files(in: out) == site)
        try expectRealBuild("a deleted file") { try FileManager.default.removeItem(atPath: out + "/two.html") }
        #expect(BadInputSupport.files(in: out) == site)
        try expectRealBuild("an added file") { try TestSupport.write("added by hand", to: out + "/added.html") }
        #expect(BadInputSupport.files(in: out) == site)
        try expectRealBuild("a deleted site") { try FileManager.default.removeItem(atPath: out) }
        #expect(BadInputSupport.files(in: out) == site)
    }

    @Test func aLeftoverOfAKilledBuildMakesARealBuildThatDeletesIt() throws {
        #expect(try build().status == 0)
        let leftover = work + "/.site.docgen-tmp-Ab12Cd"
        try FileManager.default.createDirectory(atPath: leftover, withIntermediateDirectories: true)
        try TestSupport.write("", to: leftover + "/.docgen-site")
        #expect(!stoppedAtTheCheck(try build()))
        #expect(try BadInputSupport.docgenSiblings(in: work).filter { $0.hasPrefix(".site.") } == [])
        #expect(stoppedAtTheCheck(try build()))
    }

    /// A build killed holding the output's lock leaves its lock file and, writing into the spare (`SpareSite`), no
    /// folder beside the output: the file alone makes a real build, which takes the lock and deletes it.
    @Test func theLockFileOfAKilledBuildMakesARealBuildThatDeletesIt() throws {
        #expect(try build().status == 0)
        try TestSupport.write("", to: work + "/.site.docgen-lock")
        #expect(!stoppedAtTheCheck(try build()))
        #expect(try BadInputSupport.docgenSiblings(in: work) == [])
        #expect(stoppedAtTheCheck(try build()))
    }

    @Test func theLastBuildsWarningsAreReportedAgain() throws {
        try TestSupport.write("# Two\n\nSee [nothing](missing.md).\n", to: content + "/two.md")
        let first = try build()
        let warning = try #require(first.stderr.split(separator: "\n").first { $0.contains("missing.md") })
        let again = try build()
        #expect(stoppedAtTheCheck(again), "\(again.stderr)")
        #expect(again.stderr.split(separator: "\n").contains(warning), "\(again.stderr)")
    }

    @Test func aRecordingBuildIsAlwaysARealBuild() throws {
        #expect(try build().status == 0)
        let recording = try build(["--record", "--snapshots", work + "/snapshots"])
        #expect(!stoppedAtTheCheck(recording))
        #expect(recording.stderr.contains("1 snapshot(s) recorded"), "\(recording.stderr)")
    }
}
