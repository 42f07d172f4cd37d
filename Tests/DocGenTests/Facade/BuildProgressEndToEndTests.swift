import DocGenTestSupport
import Foundation
import Testing

/// What `docgen build` says about its work, end to end: the summary counts the cells translated, compiled, run and
/// explored now (not taken from a cache), `--timings` says where the time went, and the progress on a terminal has a
/// line per stage (nothing when standard error is not a terminal).
@Suite(.serialized) struct BuildProgressEndToEndTests {
    let work: String
    let content: String

    init() throws {
        work = try TestSupport.temporaryFolder("progress")
        content = try BadInputSupport.content([
            "page.md": Array("# Page\n\n## Hello\n\n```python\nprint(\"hello from a translated cell\")\n```\n".utf8)
        ])
    }

    /// A build with a compile cache of its own, so the counts are this build's.
    func build(_ extra: [String] = []) throws -> DocgenBinary.Output {
        try DocgenBinary.run(
            ["build", "--content", content, "--out", work + "/site", "--cache", work + "/cache"] + extra,
            environment: ["DOCGEN_COMPILE_CACHE": ""])
    }

    @Test func theSummaryCountsTheWorkDoneNowAndTimingsSayWhereTheTimeWent() throws {
        let first = try build(["--timings"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(
            first.stderr.contains("1 cell(s), 1 executed, 1 compiled, 1 explored, 1 translated;"), "\(first.stderr)")
        let timings = try #require(first.stderr.split(separator: "\n").first { $0.hasPrefix("time: ") })
        #expect(timings.contains("plan "))
        #expect(timings.contains("(translating "))
        #expect(timings.contains("compiling "))
        #expect(timings.contains("running "))
        #expect(timings.contains("(1 of 1 page(s) rendered"))
        #expect(timings.contains(", total "))
        #expect(!first.stderr.contains("ran 1 cell"), "no progress lines when stderr is not a terminal")
        let second = try build()
        #expect(
            second.stderr.contains("1 cell(s), 0 executed, 0 compiled, 0 explored, 0 translated;"), "\(second.stderr)")
        #expect(!second.stderr.contains("time: "))
    }

    @Test func onATerminalEachStageGetsALine() throws {
        let command = [
            DocgenBinary.path, "build", "--content", content, "--out", work + "/tty-site", "--cache",
            work + "/tty-cache",
        ].joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "DOCGEN_COMPILE_CACHE= " + command, "/dev/null"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text.contains("translated 1 cell in "), "\(text)")
        #expect(text.contains("compiled 1 scenario in "), "\(text)")
        #expect(text.contains("ran 1 cell in "), "\(text)")
        #expect(text.contains("explored 1 cell in "), "\(text)")
        #expect(text.contains("1 executed, 1 compiled, 1 explored, 1 translated"), "\(text)")
    }
}
