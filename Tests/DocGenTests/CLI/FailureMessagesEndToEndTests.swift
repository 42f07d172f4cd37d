@testable import DocGenExplore
@testable import DocGenModel
@testable import DocGenParse
@testable import DocGenRun
@testable import DocGenScaffold
@testable import DocGenServe
@testable import DocGenSite
@testable import DocGenVerify
import Foundation
import Testing

@testable import DocGen
import DocGenTestSupport
@_spi(Harness) import Threading

/// What a failing cell says: a crash and `exit()` show what the scenario printed and the runtime's `Fatal error:`
/// line; an `expect=step-limit` cell whose loop fills the output still ends at its step limit; `check`'s diff is
/// bounded, escapes control bytes and names CRLF; messages name commands an `init`'d project has; a dangling scenario
/// link is one message from `build` and `new`; pages and scenarios linked from outside the content folder are not
/// read; a page over the 600 KB first-load budget is warned about. End to end on the built binary.
@Suite(.serialized) struct FailureMessagesEndToEndTests {
    let project: String

    init() throws {
        project = try TestSupport.temporaryFolder("messages")
    }

    func docgen(_ arguments: String...) throws -> DocgenBinary.Output {
        try DocgenBinary.run(arguments, in: project)
    }

    func page(_ swift: String, options: String = "", marker: String = UUID().uuidString) throws {
        try TestSupport.write(
            """
            # Page

            ## Cell

            \(options)
            ```python
            print("x")
            ```

            ```swift
            // \(marker)
            \(swift)
            ```
            """, to: project + "/content/page.md")
    }

    @Test func aCrashShowsTheFatalErrorLineAndWhatWasPrintedBeforeIt() throws {
        try page(#"print("first line")\#nprint("last words")\#nfatalError("the sky fell")"#)
        let build = try docgen("build")
        #expect(build.status == 1)
        #expect(build.stderr.contains("Fatal error: the sky fell"), "\(build.stderr)")
        #expect(build.stderr.contains(#"before it the scenario printed 2 line(s): "first line" / "last words""#))
        #expect(!build.stderr.contains("Backtrace took"))
    }

    @Test func exitInAScenarioSaysSoAndShowsWhatItPrinted() throws {
        try page("import Foundation\nprint(\"so far\")\nexit(0)")
        let build = try docgen("build")
        #expect(build.status == 1)
        #expect(
            build.stderr.contains(#"the scenario called exit() before it finished; it printed 1 line(s): "so far""#),
            "\(build.stderr)")
        #expect(!build.stderr.contains("malformed transcript"))
    }

    /// A million scheduling points take about 5 s of CPU in a debug build (past a cell's timeout on a loaded machine),
    /// so the step limit is reached here in-process; the child writes what this gives (`docgen run --tagged`, told the
    /// limit in `DOCGEN_OUTPUT_LIMIT`, keeping no more events than `TranscriptFormat.eventLimit(forBytes:)`).
    @Test func theStepLimitWinsOverTheOutputCapForACellThatExpectsIt() throws {
        let sleeps = (0..<10_000).map { index in
            TraceEvent(
                time: Double(index) / 1000, threadIndex: 1, threadName: "looper", kind: .blocked(on: "sleep 0.001"))
        }
        let result = RunResult(events: sleeps, outcome: .stepLimitExceeded("1000000 steps"), schedule: "default")
        #expect(TranscriptFormat.encode(result).utf8.count > 1 << 16)
        let fitted = TranscriptFormat.encode(result, stepLimitedTo: 1 << 16)
        #expect(fitted.utf8.count <= 1 << 16)
        let decoded = try TranscriptFormat.decode(fitted)
        #expect(decoded.outcome == result.outcome)
        #expect(decoded.events == Array(sleeps.prefix(decoded.events.count)) && decoded.events.count > 500)
        var completed = result
        completed.outcome = .completed
        #expect(TranscriptFormat.encode(completed, stepLimitedTo: 1 << 16) == TranscriptFormat.encode(completed))
    }

    @Test func checksDiffEscapesControlBytesAndNamesCRLF() throws {
        try page(#"print("plain")"#)
        #expect(try docgen("build", "--record").status == 0)
        let snapshot = project + "/Tests/Snapshots/page/cell.txt"
        let text = try TestSupport.read(snapshot)
        try TestSupport.write(
            text.replacingOccurrences(of: "\n", with: "\r\n").replacingOccurrences(of: "plain", with: "pl\u{1B}[2Jain"),
            to: snapshot)
        let check = try docgen("check")
        #expect(check.status == 1)
        #expect(!check.stderr.contains("\u{1B}"), "a control byte reached the terminal")
        #expect(check.stderr.contains(#"pl\u{1B}[2Jain"#), "\(check.stderr)")
        #expect(check.stderr.contains("has CRLF line endings"), "\(check.stderr)")
    }

    @Test func aHugeDiffIsBoundedInTimeAndSize() {
        let old = (0..<128_000).map { "line \($0)" }.joined(separator: "\n")
        let new = (0..<128_000).map { "line \($0 * 7 % 128_000)" }.joined(separator: "\n")
        // CPU time of this thread, not wall time: the suite runs beside others on a loaded machine. (The quadratic
        // diff took 53 s of CPU for this in a release build.)
        func threadSeconds() -> Double {
            var now = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
            return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
        }
        let start = threadSeconds()
        let diff = UnifiedDiff.diff(old: old, new: new, oldName: "a", newName: "b")
        #expect(threadSeconds() - start < 10)
        #expect(diff.split(separator: "\n").count < 500)
        #expect(diff.contains("diff cut at 400 lines"))
    }

    @Test func aMissingSnapshotNamesACommandAnInitdProjectHas() throws {
        try page(#"print("plain")"#)
        let check = try docgen("check")
        #expect(check.stderr.contains("record it with `docgen build --record`"), "\(check.stderr)")
        #expect(!check.stderr.contains("make record"))
    }

    @Test func aDanglingScenarioLinkIsOneMessageFromBuildAndNew() throws {
        try TestSupport.write("# Page\n\n## Cell\n\n```python\nprint(1)\n```\n", to: project + "/content/page.md")
        try FileManager.default.createDirectory(atPath: project + "/content/page", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: project + "/content/page/cell.swift", withDestinationPath: "/nonexistent/cell.swift")
        let expected = "content/page/cell.swift is a symbolic link to /nonexistent/cell.swift, which does not exist"
        let build = try docgen("build")
        let new = try docgen("new", "--missing")
        let single = try docgen("new", "page/cell")
        for output in [build, new, single] {
            #expect(output.status == 1 && output.stderr.contains(expected), "\(output.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: "/nonexistent"))
    }

    @Test func pagesAndScenariosLinkedFromOutsideTheContentFolderAreNotRead() throws {
        let outside = try TestSupport.temporaryFolder("messages-outside")
        let secret = "SECRET-" + UUID().uuidString
        try TestSupport.write("# Secret\n\n\(secret)\n", to: outside + "/secret.md")
        try TestSupport.write("print(\"\(secret)\")\n", to: outside + "/cell.swift")
        try FileManager.default.createDirectory(atPath: project + "/content/page", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: project + "/content/leak.md", withDestinationPath: outside + "/secret.md")
        try TestSupport.write("# Page\n\n## Cell\n\n```python\nprint(1)\n```\n", to: project + "/content/page.md")
        try FileManager.default.createSymbolicLink(
            atPath: project + "/content/page/cell.swift", withDestinationPath: outside + "/cell.swift")
        let build = try docgen("build")
        #expect(build.status == 1)
        #expect(
            build.stderr.contains("content/leak.md is a symbolic link to") || build.stderr.contains("content/leak.md: ")
        )
        #expect(build.stderr.contains("outside the content folder, so the page is not read"), "\(build.stderr)")
        #expect(!FileManager.default.fileExists(atPath: project + "/site/leak.html"))
        // Only the page fails first; with it gone the scenario link is reported the same way.
        try FileManager.default.removeItem(atPath: project + "/content/leak.md")
        let second = try docgen("build")
        #expect(second.status == 1)
        #expect(second.stderr.contains("outside the content folder, so the scenario is not read"), "\(second.stderr)")
    }

    @Test func aPageOverTheFirstLoadBudgetIsWarnedAbout() throws {
        let prose = String(repeating: "A sentence of prose that makes the page heavy. ", count: 14_000)
        try TestSupport.write("# Heavy\n\n\(prose)\n", to: project + "/content/heavy.md")
        try TestSupport.write("# Light\n\nWords.\n", to: project + "/content/light.md")
        let build = try docgen("build")
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.contains("warning: content/heavy.md: heavy.html weighs "), "\(build.stderr)")
        #expect(build.stderr.contains("over the 600 KB budget"))
        #expect(!build.stderr.contains("light.html weighs"))
    }
}
