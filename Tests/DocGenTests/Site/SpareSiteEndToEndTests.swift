import DocGenTestSupport
import Foundation
import Testing

/// A rebuild writes its site into the site of the build before it (the spare, kept in the cache folder) rather than
/// into a new folder: end to end on the built binary with cell-less pages. What the spare holds is never trusted: left
/// half updated by a failed or killed build, or changed by anyone, it still gives the site of a build from scratch,
/// and the output folder is a whole site throughout.
@Suite(.serialized) struct SpareSiteEndToEndTests {
    let work: String
    let content: String
    let out: String

    init() throws {
        work = try TestSupport.temporaryFolder("spare")
        var pages: [String: [UInt8]] = [:]
        for number in 0..<6 {
            let prose = String(repeating: "Words of page \(number). ", count: 50)
            pages[String(format: "page-%03d.md", number)] = Array(
                "# Page \(number)\n\n\(prose)\n\n[data](data.txt)\n\n## Part\n\nMore.\n".utf8)
        }
        pages["data.txt"] = Array("linked\n".utf8)
        content = try BadInputSupport.content(pages)
        out = work + "/site"
    }

    func build(_ extra: [String] = []) throws -> DocgenBinary.Output {
        try DocgenBinary.run(["build", "--content", content, "--out", out, "--cache", work + "/cache"] + extra)
    }

    /// Appends `text` to the page numbered `number`.
    func edit(_ number: Int, _ text: String) throws {
        let page = content + String(format: "/page-%03d.md", number)
        try TestSupport.write(try TestSupport.read(page) + "\n\(text)\n", to: page)
    }

    /// The spare folders in the cache (one per output folder built).
    func spares() throws -> [String] {
        let sites = work + "/cache/.sites"
        return try FileManager.default.contentsOfDirectory(atPath: sites).filter { $0.hasSuffix(".spare") }.sorted()
            .map { sites + "/" + $0 }
    }

    /// The site a build of the same content into an empty folder writes.
    func fromScratch() throws -> [String: Data]? {
        let fresh = work + "/fresh-\(UUID().uuidString)"
        let built = try DocgenBinary.run(["build", "--content", content, "--out", fresh, "--cache", fresh + "-cache"])
        #expect(built.status == 0, "\(built.stderr)")
        return BadInputSupport.files(in: fresh)
    }

    @Test func aRebuildLeavesThePreviousSiteAsTheSpareAndWritesTheNextSiteIntoIt() throws {
        #expect(try build().status == 0)
        let first = try #require(BadInputSupport.files(in: out))
        let firstFolder = try #require(FileIdentity(out))
        try edit(1, "An edit.")
        #expect(try build().status == 0)
        let spare = try #require(try spares().first)
        #expect(BadInputSupport.files(in: spare) == first, "the spare is the site before the rebuild")
        try edit(2, "Another edit.")
        #expect(try build().status == 0)
        #expect(FileIdentity(out)?.inode == firstFolder.inode, "the first site's folder was brought up to date")
        #expect(BadInputSupport.files(in: out) == (try fromScratch()))
        #expect(try BadInputSupport.docgenSiblings(in: work) == [])
    }

    @Test func aSpareChangedByAnyoneStillGivesTheSiteOfABuildFromScratch() throws {
        #expect(try build().status == 0)
        try edit(1, "An edit.")
        #expect(try build().status == 0)
        let spare = try #require(try spares().first)
        let outside = work + "/outside"
        try TestSupport.write("not docgen's\n", to: outside + "/keep.txt")
        // What a killed build may leave, and more: a file cut short, one missing, strays, a folder where a file was,
        // a file where a folder was, and a symbolic link to a folder outside that must not be followed.
        try TestSupport.write("cut", to: spare + "/page-001.html")
        try FileManager.default.removeItem(atPath: spare + "/page-003.html")
        try TestSupport.write("stray\n", to: spare + "/stray.html")
        try TestSupport.write("stray\n", to: spare + "/stray-folder/inside.txt")
        try FileManager.default.removeItem(atPath: spare + "/page-004.ipynb")
        try TestSupport.write("x\n", to: spare + "/page-004.ipynb/inside.txt")
        try FileManager.default.removeItem(atPath: spare + "/assets")
        try TestSupport.write("not a folder\n", to: spare + "/assets")
        try FileManager.default.createSymbolicLink(atPath: spare + "/linked", withDestinationPath: outside)
        try edit(5, "A third edit.")
        #expect(try build().status == 0)
        #expect(BadInputSupport.files(in: out) == (try fromScratch()))
        #expect(try TestSupport.read(outside + "/keep.txt") == "not docgen's\n")
        // And the site it left as the spare is brought up to date by the next build in turn.
        try edit(0, "A fourth edit.")
        #expect(try build().status == 0)
        #expect(BadInputSupport.files(in: out) == (try fromScratch()))
    }

    @Test func aBuildFailingAfterWritingIntoTheSpareLeavesTheSiteAndTheNextBuildIsRight() throws {
        #expect(try build().status == 0)
        try edit(1, "An edit.")
        #expect(try build().status == 0)
        let before = try #require(BadInputSupport.files(in: out))
        // Every page is rendered into the spare before the broken link fails the build.
        for number in 0..<6 { try edit(number, "Edited, with [a broken link](missing.md).") }
        let failed = try build(["--strict"])
        #expect(failed.status != 0)
        #expect(BadInputSupport.files(in: out) == before)
        let spare = try #require(try spares().first)
        #expect(try TestSupport.read(spare + "/page-000.html").contains("Edited, with"), "half written")
        #expect(try build().status == 0)
        #expect(BadInputSupport.files(in: out) == (try fromScratch()))
    }

    @Test func killingRebuildsAtRandomMomentsLeavesAWholeSiteAndTheNextBuildIsRight() throws {
        #expect(try build().status == 0)
        let original = try #require(BadInputSupport.files(in: out))
        for number in 0..<6 { try edit(number, "Edited.") }
        let started = Date()
        #expect(try build().status == 0)
        let duration = Date().timeIntervalSince(started)
        let edited = try #require(BadInputSupport.files(in: out))
        var generator = SystemRandomNumberGenerator()
        var site = edited
        for trial in 0..<10 {
            // Every page changes at every build, so each killed build was writing most of the site into the spare.
            for number in 0..<6 { try edit(number, "Trial \(trial).") }
            let process = try BadInputSupport.start(
                ["build", "--content", content, "--out", out, "--cache", work + "/cache"])
            usleep(UInt32(Double.random(in: 0...(duration * 1.2), using: &generator) * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = try #require(BadInputSupport.files(in: out))
            let scratch = try #require(try fromScratch())
            #expect(now == site || now == scratch, "trial \(trial): the site is missing, a mix or cut short")
            site = now
        }
        #expect(try build().status == 0)
        #expect(BadInputSupport.files(in: out) == (try fromScratch()))
        #expect(original != edited)
    }

    /// A cache folder on another file system than the output (here /dev/shm, when it is one) cannot hold a spare the
    /// output could be exchanged with: the new site goes into a temporary folder beside the output, deleted after.
    @Test func aCacheOnAnotherFileSystemKeepsNoSpareAndLeavesNothingBeside() throws {
        var shm = stat()
        var temporary = stat()
        guard stat("/dev/shm", &shm) == 0, stat(work, &temporary) == 0, shm.st_dev != temporary.st_dev else { return }
        let cache = "/dev/shm/docgen-spare-test-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let arguments = ["build", "--content", content, "--out", out, "--cache", cache]
        #expect(try DocgenBinary.run(arguments).status == 0)
        try edit(1, "An edit.")
        #expect(try DocgenBinary.run(arguments).status == 0)
        try edit(2, "Another edit.")
        #expect(try DocgenBinary.run(arguments).status == 0)
        let sites = try FileManager.default.contentsOfDirectory(atPath: cache + "/.sites")
        #expect(sites.filter { $0.hasSuffix(".spare") } == [])
        #expect(try BadInputSupport.docgenSiblings(in: work) == [])
        #expect(BadInputSupport.files(in: out) == (try fromScratch()))
    }
}
