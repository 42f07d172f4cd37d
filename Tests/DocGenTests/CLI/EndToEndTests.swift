@testable import DocGenModel
import DocGenTestSupport
import Foundation
import Testing
@_spi(Harness) import Threading

/// Builds fixture content folders (`Tests/Fixtures/<feature>/<case>/content/`) with the built `docgen` binary into temporary folders.
@Suite(.serialized) struct EndToEndTests {
    let work: String

    init() throws {
        work = try TestSupport.temporaryFolder("e2e")
    }

    func fixture(_ name: String) -> String { TestSupport.fixture(name) }

    /// `docgen build` of a fixture into `out` with a private cache and snapshot folder.
    func build(_ fixture: String, out: String? = nil, cache: String? = nil, _ extra: [String] = [])
        throws -> DocgenBinary.Output
    {
        try DocgenBinary.run(
            [
                "build", "--content", self.fixture(fixture), "--out", out ?? work + "/site",
                "--cache", cache ?? work + "/cache", "--snapshots", work + "/snapshots",
            ] + extra)
    }

    /// Every file of a folder, by relative path.
    func files(_ folder: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder))
        while let path = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder), !isFolder.boolValue
            {
                result[path] = FileManager.default.contents(atPath: folder + "/" + path)
            }
        }
        return result
    }

    /// Builds the basic fixture into `site`, runs `bad`, and checks it failed with `message` and left `site` as it was.
    func expectFailureKeepsSite(message: String, _ bad: (String) throws -> DocgenBinary.Output) throws {
        let site = work + "/site"
        #expect(try build("basic", out: site).status == 0)
        let before = try files(site)
        let output = try bad(site)
        #expect(output.status != 0)
        #expect(output.stderr.contains(message), "stderr was: \(output.stderr)")
        #expect(try files(site) == before)
        #expect(!FileManager.default.fileExists(atPath: site + ".tmp"))
    }

    @Test func basicFixtureBuildsAPageWithItsCellOutputAndAssets() throws {
        let output = try build("basic")
        #expect(output.status == 0, "stderr was: \(output.stderr)")
        let page = try TestSupport.read(work + "/site/fixtures-basic.html")
        #expect(page.contains("<section class=\"cell\" id=\"cell-hello\">"))
        #expect(
            page.contains(
                "<span class=\"who\">Thread-1 (worker)</span><span class=\"stream\">out</span>"
                    + "<span class=\"text\">hello from Thread-1 (worker)</span>"))
        #expect(page.contains("<code class=\"language-swift\">"))
        #expect(page.contains("<table>"))
        #expect(page.contains("<a class=\"dg-figure\" href=\"fixtures-basic-figures/cell-hello-1.svg\""))
        for asset in [
            "index.html", "assets/docgen.css", "assets/docgen.js", "assets/search-index.js",
            "fixtures-basic-figures/cell-hello-1.svg", "fixtures-basic.ipynb",
        ] {
            #expect(FileManager.default.fileExists(atPath: work + "/site/" + asset), "\(asset) missing")
        }
    }

    @Test func pagesLinkToEachOtherAndAllAppearInTheIndexAndSidebar() throws {
        let output = try build("basic", ["--strict"])
        #expect(output.status == 0, "stderr was: \(output.stderr)")
        let notes = try TestSupport.read(work + "/site/fixtures-basic-notes.html")
        #expect(notes.contains("<a href=\"fixtures-basic.html#hello\">hello cell</a>"))
        #expect(notes.contains("<a href=\"fixtures-basic.html\">Basic fixture</a>"))
        #expect(notes.contains("<a href=\"fixtures-basic-notes.html\" aria-current=\"page\">Notes</a>"))
        let index = try TestSupport.read(work + "/site/index.html")
        #expect(index.contains("<a href=\"fixtures-basic.html\">Basic fixture</a> <span class=\"quiet\">(1 cell)"))
        #expect(index.contains("<a href=\"fixtures-basic-notes.html\">Notes</a> <span class=\"quiet\">(0 cells)"))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/bin/script")))
    func progressIsALinePerStageOnATerminalAndQuietOtherwise() throws {
        let quiet = try build("basic")
        #expect(!quiet.stderr.contains("ran 1 cell"))
        let command = [
            DocgenBinary.path, "build", "--content", fixture("basic"), "--out", work + "/tty-site",
            "--cache", work + "/tty-cache",
        ].joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text.contains("ran 1 cell in "), "\(text)")
    }

    @Test func twoBuildsGiveByteIdenticalSites() throws {
        #expect(try build("basic", out: work + "/one", cache: work + "/cache-one").status == 0)
        #expect(try build("basic", out: work + "/two", cache: work + "/cache-two").status == 0)
        let one = try files(work + "/one")
        #expect(one.count > 5)
        #expect(one == (try files(work + "/two")))
    }

    @Test func anUnchangedRebuildExecutesNothing() throws {
        #expect(try build("basic").stderr.contains("1 executed"))
        #expect(try build("basic").stderr.contains("0 executed"))
    }

    @Test func missingContentFolder() throws {
        try expectFailureKeepsSite(message: "error: content folder '\(fixture("nope"))' does not exist") { site in
            try build("nope", out: site)
        }
    }

    @Test func aCellWithoutAScenarioRunsOnItsTranslation() throws {
        let output = try build("missing-scenario")
        #expect(output.status == 0, "stderr was: \(output.stderr)")
        let page = try TestSupport.read(work + "/site/fixtures-missing-scenario.html")
        #expect(page.contains("nobody ported me"))
        #expect(page.contains("fixtures-missing-scenario.md:5 (translated)"))
    }

    @Test func aScenarioThatCrashes() throws {
        try expectFailureKeepsSite(message: "cell fixtures-crash/crash crashed (signal") { try build("crash", out: $0) }
    }

    @Test func aScenarioThatNeverEnds() throws {
        try expectFailureKeepsSite(message: "cell fixtures-timeout/never-ends timed out after 2 s") {
            try build("timeout", out: $0)
        }
    }

    @Test func aScenarioThatDeadlocks() throws {
        try expectFailureKeepsSite(message: "cell fixtures-deadlock/deadlock deadlocked") {
            try build("deadlock", out: $0)
        }
    }

    /// A cell timeout of 600 s, not the default 30: the cell takes about 1 s of CPU to print its first MiB, which a
    /// loaded machine (the whole suite at once) can stretch past 30 s, and then it failed as timed out instead.
    @Test func aScenarioThatPrintsTwoMegabytes() throws {
        try expectFailureKeepsSite(message: "cell fixtures-big-output/flood printed more than 1048576 bytes") {
            try build("big-output", out: $0, ["--timeout", "600"])
        }
    }

    @Test func aScenarioThatPrintsInvalidUTF8() throws {
        try expectFailureKeepsSite(message: "cell fixtures-invalid-utf8/raw-bytes wrote 7 bytes outside Threading") {
            try build("invalid-utf8", out: $0)
        }
    }

    @Test func aScenarioThatThrows() throws {
        try expectFailureKeepsSite(message: "cell fixtures-thrown/raises raised") { try build("thrown", out: $0) }
    }

    @Test func anUnwritableOutputFolder() throws {
        try TestSupport.write("not a folder", to: work + "/file")
        try expectFailureKeepsSite(message: "error: cannot write the site to \(work)/file/site") { _ in
            try build("basic", out: work + "/file/site")
        }
    }

    @Test func allowErrorsWritesErrorCellsAndWarnsAboutEach() throws {
        let output = try build("deadlock", ["--allow-errors"])
        #expect(output.status == 0)
        #expect(output.stderr.contains("warning: "))
        #expect(output.stderr.contains("cell fixtures-deadlock/deadlock deadlocked"))
        #expect(!output.stderr.contains("cell fixtures-deadlock/expected-deadlock"))
        let page = try TestSupport.read(work + "/site/fixtures-deadlock.html")
        #expect(page.contains("Cell failed: </strong>deadlocked"))
        #expect(page.contains(">deadlock (expected)</span>"))
    }

    @Test func listShowsEachCellsScenarioAndLastStatus() throws {
        let list = ["list", "--content", fixture("deadlock"), "--cache", work + "/cache"]
        #expect(
            try DocgenBinary.run(list).stdout.contains(
                "  deadlock  content/fixtures-deadlock.md:6 (translated)  translated  not run since its last change\n"))
        #expect(try build("deadlock", ["--allow-errors"]).status == 0)
        let output = try DocgenBinary.run(list)
        #expect(output.stdout.hasPrefix("fixtures-deadlock  (\(fixture("deadlock"))/fixtures-deadlock.md)\n"))
        #expect(
            output.stdout.contains("  deadlock  content/fixtures-deadlock.md:6 (translated)  translated  deadlock\n"))
        let handWritten = try DocgenBinary.run(["list", "--content", fixture("crash"), "--cache", work + "/cache"])
        #expect(
            handWritten.stdout.contains(
                "  crash  content/fixtures-crash/crash.swift  hand-written  not run since its last change\n"),
            "\(handWritten.stdout)")
        let missing = try DocgenBinary.run(["list", "--content", fixture("missing-scenario")])
        #expect(
            missing.stdout.contains(
                "  orphan-cell  content/fixtures-missing-scenario.md:5 (translated)  translated  "),
            "\(missing.stdout)")
    }

    @Test func listWritesThePythonOfEveryCellThatCPythonCanFinish() throws {
        let folder = work + "/python"
        _ = try DocgenBinary.run(["list", "--content", fixture("deadlock"), "--python", folder])
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(files == ["fixtures-deadlock--deadlock.py"])  // the expect=deadlock cell would hang the benchmark
        #expect(try TestSupport.read(folder + "/fixtures-deadlock--deadlock.py").hasSuffix("lock.acquire()\n"))
    }

    @Test func aCellThatDoesNotFailAsItsExpectOptionSays() throws {
        try expectFailureKeepsSite(
            message: "fixtures-expect-unmet.md:6: cell fixtures-expect-unmet/completes completed, but its option "
                + "expect=deadlock says it should not"
        ) { try build("expect-unmet", out: $0) }
    }

    @Test func aPageWithoutCodeCellsStillRenders() throws {
        let output = try build("no-cells")
        #expect(output.status == 0, "stderr was: \(output.stderr)")
        let page = try TestSupport.read(work + "/site/fixtures-no-cells.html")
        #expect(page.contains("<h1 id=\"only-prose\">Only prose"))
        #expect(page.contains("not python, so not a cell"))
        #expect(!page.contains("class=\"cell\""))
    }

    @Test func outputContainingAScriptTagIsEscaped() throws {
        #expect(try build("script").status == 0)
        let page = try TestSupport.read(work + "/site/fixtures-script.html")
        #expect(page.contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"))
        #expect(!page.contains("<script>alert"))
    }

    @Test func twoHeadingsWithTheSameTitleGetDistinctAnchorsAndCells() throws {
        let output = try build("duplicate-headings")
        #expect(output.status == 0, "stderr was: \(output.stderr)")
        let page = try TestSupport.read(work + "/site/fixtures-duplicate-headings.html")
        #expect(page.contains("<h2 id=\"example\">"))
        #expect(page.contains("<h2 id=\"example-2\">"))
        #expect(page.contains("<span class=\"text\">first</span>"))
        #expect(page.contains("<span class=\"text\">second</span>"))
    }

    @Test func aCellWithExploreListsItsDistinctOutputs() throws {
        let output = try build("explore")
        #expect(output.status == 0, "stderr was: \(output.stderr)")
        let page = try TestSupport.read(work + "/site/fixtures-explore.html")
        #expect(page.contains("distinct outputs in 50 schedules"))
        #expect(page.contains("docgen run fixtures-explore/race --schedule "))
    }

    @Test func brokenLinksWarnAndFailWithStrict() throws {
        try TestSupport.write("# Links\n\n[nowhere](#missing)\n", to: work + "/links/links.md")
        let base = ["build", "--content", work + "/links", "--out", work + "/site", "--cache", work + "/cache"]
        let lenient = try DocgenBinary.run(base)
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains("warning: \(work)/links/links.md:3: broken link '#missing'"))
        let strict = try DocgenBinary.run(base + ["--strict"])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("error: \(work)/links/links.md:3: broken link '#missing'"))
    }

    @Test func runPrintsExactlyWhatTheProgramPrints() throws {
        let run = ["run", "fixtures-script/script", "--content", fixture("script")]
        let output = try DocgenBinary.run(run)
        #expect(output.status == 0)
        #expect(output.stdout == "<script>alert('xss')</script> & <b>bold</b>\n")
        let tagged = try DocgenBinary.run(run + ["--tagged"])
        #expect(try TranscriptFormat.untagged(TranscriptFormat.decode(tagged.stdout)) == output.stdout)
    }

    @Test func runWithASeedIsReproducibleAndItsScheduleReplaysIt() throws {
        let race = ["run", "fixtures-explore/race", "--content", fixture("explore")]
        let seeded = try DocgenBinary.run(race + ["--seed", "5", "--tagged"])
        #expect(seeded.status == 0)
        #expect(
            try DocgenBinary.run(race + ["--seed", "5", "--tagged"]).stdout == seeded.stdout)
        let result = try TranscriptFormat.decode(seeded.stdout)
        let replayed = try DocgenBinary.run(race + ["--schedule", result.schedule])
        #expect(replayed.stdout == TranscriptFormat.untagged(result))
        let both = try DocgenBinary.run(race + ["--seed", "1", "--schedule", "default"])
        #expect(both.status != 0)
        #expect(both.stderr.contains("give --seed or --schedule, not both"))
    }

    @Test func runOnTheRealRuntimePrintsTheSameForAnOrderedProgram() throws {
        let output = try DocgenBinary.run(["run", "fixtures-basic/hello", "--content", fixture("basic"), "--real"])
        #expect(output.status == 0)
        #expect(output.stdout == "hello from Thread-1 (worker)\ndone\n")
    }

    @Test func runOfAnUnknownScenarioIsOneClearError() throws {
        let basic = fixture("basic")
        let output = try DocgenBinary.run(["run", "nope/nothing", "--content", basic])
        #expect(output.status == 1)
        #expect(
            output.stderr
                == "error: no cell 'nope/nothing' in \(basic); `docgen list --content \(basic)` shows the cells\n")
    }

    @Test func recordThenCheckDetectsAChangedSnapshot() throws {
        let snapshots = work + "/snapshots"
        let check = ["check", "--content", fixture("basic"), "--snapshots", snapshots, "--cache", work + "/cache"]
        let missing = try DocgenBinary.run(check)
        #expect(missing.status == 0)
        #expect(missing.stderr.contains("fixtures-basic/hello: no snapshot"))
        #expect(try DocgenBinary.run(check, environment: ["CI": "1"]).status == 1)

        try TestSupport.write("stale", to: snapshots + "/fixtures-basic/removed-cell.txt")
        #expect(
            try DocgenBinary.run(check).stderr.contains(
                "fixtures-basic/removed-cell: snapshot \(snapshots)/fixtures-basic/removed-cell.txt matches no cell; delete it"
            ))
        let recorded = try build("basic", ["--record"])
        #expect(recorded.status == 0, "stderr was: \(recorded.stderr)")
        #expect(try DocgenBinary.run(check).status == 0)

        let path = snapshots + "/fixtures-basic/hello.txt"
        try TestSupport.write(
            try TestSupport.read(path).replacingOccurrences(of: "stdout: done", with: "stdout: gone"),
            to: path)
        let changed = try DocgenBinary.run(check)
        #expect(changed.status == 1)
        #expect(changed.stderr.contains("-0.000 T0 [MainThread] stdout: gone\n+0.000 T0 [MainThread] stdout: done"))
    }

    @Test func recordRefusesACellWhoseTwoRunsDiffer() throws {
        let output = try build("nondeterministic", ["--record"])
        #expect(output.status == 1)
        #expect(
            output.stderr.contains("error: cell fixtures-nondeterministic/clock is not deterministic: two runs differ"))
        #expect(output.stderr.contains("--- first run\n+++ second run\n"))
        #expect(output.stderr.contains("\nfirst run:\n# docgen transcript 1\n"))
        #expect(output.stderr.contains("= completed\nsecond run:\n# docgen transcript 1\n"))
        #expect(!FileManager.default.fileExists(atPath: work + "/snapshots/fixtures-nondeterministic/clock.txt"))
        #expect(!FileManager.default.fileExists(atPath: work + "/site"))
    }

    @Test func theCommittedFixtureSnapshotStillMatches() throws {
        let output = try DocgenBinary.run(
            [
                "check", "--content", fixture("basic"), "--cache", work + "/cache", "--snapshots",
                TestSupport.fixture("basic") + "/../expected/snapshots",
            ],
            environment: ["CI": "1"])
        #expect(output.status == 0, "stderr was: \(output.stderr)")
        #expect(output.stderr.contains("1 cell(s) checked, 1 match their snapshot"))
    }
}
