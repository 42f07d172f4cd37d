import DocGenTestSupport
import Foundation
import Testing

/// The output folder is replaced atomically under a lock, and nothing beside it that docgen did not make is touched:
/// end to end on the built binary with content folders of cell-less pages (no scenarios needed).
@Suite(.serialized) struct OutputFolderSafetyTests {
    let work: String

    init() throws {
        work = try TestSupport.temporaryFolder("outsafety")
    }

    /// A content folder of `count` pages whose text says `label`, so two labels give two different sites.
    func content(_ label: String, pages count: Int = 30) throws -> String {
        var pages: [String: [UInt8]] = [:]
        for number in 0..<count {
            let prose = String(repeating: "Words of \(label) page \(number). ", count: 200)
            pages[String(format: "page-%03d.md", number)] = Array("# \(label) \(number)\n\n\(prose)\n".utf8)
        }
        return try BadInputSupport.content(pages)
    }

    func build(_ content: String, out: String) throws -> DocgenBinary.Output {
        try DocgenBinary.run(["build", "--content", content, "--out", out, "--cache", work + "/cache"])
    }

    func arguments(_ content: String, out: String) -> [String] {
        ["build", "--content", content, "--out", out, "--cache", work + "/cache"]
    }

    @Test func foldersNamedLikeTheOldTemporaryAndBackupFoldersSurviveBuilds() throws {
        let content = try content("A", pages: 2)
        try TestSupport.write("my notes", to: work + "/site.tmp/notes.txt")
        try TestSupport.write("my backup", to: work + "/site.old/index.html")
        for _ in 0..<2 { #expect(try build(content, out: work + "/site").status == 0) }
        #expect(try TestSupport.read(work + "/site.tmp/notes.txt") == "my notes")
        #expect(try TestSupport.read(work + "/site.old/index.html") == "my backup")
        #expect(try BadInputSupport.docgenSiblings(in: work) == [])
    }

    @Test func aLeftoverFolderThatIsNotDocgensIsKeptEvenWithADocgenLikeName() throws {
        let content = try content("A", pages: 1)
        try TestSupport.write("mine", to: work + "/.site.docgen-tmp-abcdef/keep.txt")
        #expect(try build(content, out: work + "/site").status == 0)
        #expect(try TestSupport.read(work + "/.site.docgen-tmp-abcdef/keep.txt") == "mine")
    }

    @Test func aLeftoverTemporaryFolderOfAKilledBuildIsRemoved() throws {
        let content = try content("A", pages: 1)
        try TestSupport.write("", to: work + "/.site.docgen-tmp-x1y2z3/.docgen-site")
        try TestSupport.write("half", to: work + "/.site.docgen-tmp-x1y2z3/page-000.html")
        #expect(try build(content, out: work + "/site").status == 0)
        #expect(try BadInputSupport.docgenSiblings(in: work) == [])
    }

    @Test func aSiteLeftMovedAsideByAnInterruptedFallbackSwapIsReplacedByTheNextBuild() throws {
        // The fallback swap's window: the old site sits in .site.docgen-old-XXXXXX and site/ is missing.
        try TestSupport.write("", to: work + "/.site.docgen-old-q1w2e3/.docgen-site")
        try TestSupport.write("old", to: work + "/.site.docgen-old-q1w2e3/index.html")
        let content = try content("A", pages: 1)
        #expect(try build(content, out: work + "/site").status == 0)
        #expect(FileManager.default.fileExists(atPath: work + "/site/page-000.html"))
        #expect(try BadInputSupport.docgenSiblings(in: work) == [])
    }

    @Test func twoBuildsToOneOutputAtOnceLeaveOneWholeSiteTenTimesOutOfTen() throws {
        let contentA = try content("A")
        let contentB = try content("B")
        #expect(try build(contentA, out: work + "/ref-a").status == 0)
        #expect(try build(contentB, out: work + "/ref-b").status == 0)
        let referenceA = try #require(BadInputSupport.files(in: work + "/ref-a"))
        let referenceB = try #require(BadInputSupport.files(in: work + "/ref-b"))
        #expect(referenceA != referenceB)
        for trial in 0..<10 {
            let out = work + "/site"
            let first = try BadInputSupport.start(arguments(contentA, out: out))
            let second = try BadInputSupport.start(arguments(contentB, out: out))
            first.waitUntilExit()
            second.waitUntilExit()
            #expect(first.terminationStatus == 0 && second.terminationStatus == 0, "trial \(trial)")
            let site = BadInputSupport.files(in: out)
            #expect(site == referenceA || site == referenceB, "trial \(trial): the site is a mix or incomplete")
            #expect(try BadInputSupport.docgenSiblings(in: work) == [], "trial \(trial)")
        }
    }

    @Test func killingDocgenAtRandomMomentsNeverLeavesLessThanAWholeSite() throws {
        let contentA = try content("A")
        let contentB = try content("B")
        let out = work + "/site"
        #expect(try build(contentB, out: work + "/ref-b").status == 0)
        #expect(try build(contentA, out: out).status == 0)
        let referenceA = try #require(BadInputSupport.files(in: out))
        let referenceB = try #require(BadInputSupport.files(in: work + "/ref-b"))
        let started = Date()
        #expect(try build(contentB, out: out).status == 0)
        let duration = Date().timeIntervalSince(started)
        var generator = SystemRandomNumberGenerator()
        for trial in 0..<20 {
            let process = try BadInputSupport.start(arguments(trial % 2 == 0 ? contentA : contentB, out: out))
            usleep(UInt32(Double.random(in: 0...(duration * 1.2), using: &generator) * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let site = BadInputSupport.files(in: out)
            #expect(site == referenceA || site == referenceB, "trial \(trial): the site is missing, a mix or cut short")
        }
        #expect(try build(contentA, out: out).status == 0)
        #expect(BadInputSupport.files(in: out) == referenceA)
        let leftovers = try BadInputSupport.docgenSiblings(in: work).filter { $0.hasPrefix(".site.") }
        #expect(leftovers == [])
    }

    @Test func aStrictLinkFailureAfterTheSiteIsRenderedLeavesThePreviousSiteAndNoTemporaryFolder() throws {
        let content = try content("A", pages: 2)
        let out = work + "/site"
        #expect(try build(content, out: out).status == 0)
        let previous = try #require(BadInputSupport.files(in: out))
        try TestSupport.write("# Broken\n\n[nowhere](#missing)\n", to: content + "/broken.md")
        let strict = try DocgenBinary.run(arguments(content, out: out) + ["--strict"])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("broken link '#missing'"))
        #expect(BadInputSupport.files(in: out) == previous)
        #expect(try BadInputSupport.docgenSiblings(in: work) == [])
    }
}
