import DocGenTestSupport
import Testing

/// `docgen run` and `docgen explore` load one cell's program: every page is parsed, but only the cell's own page is
/// mapped, so a cell runs even while another page has a cell that cannot be mapped yet.
@Suite struct OneCellProgramEndToEndTests {
    let work: String
    let content: String

    init() throws {
        work = try TestSupport.temporaryFolder("one-cell")
        content = work + "/content"
        try TestSupport.write(
            "# Good\n\n## Say ok\n\n```python\nprint('ok')\n```\n\n```swift\nprint(\"ok\")\n```\n",
            to: content + "/good.md")
        // Two scenarios for one cell (a file and an inline block): this page cannot be mapped.
        try TestSupport.write(
            "# Broken\n\n## Twice\n\n```python\nprint(1)\n```\n\n```swift\nprint(1)\n```\n",
            to: content + "/broken.md")
        try TestSupport.write("print(2)\n", to: content + "/broken/twice.swift")
    }

    func docgen(_ arguments: [String]) throws -> DocgenBinary.Output {
        try DocgenBinary.run(arguments + ["--content", content, "--cache", work + "/cache"])
    }

    @Test func aCellRunsAndIsExploredWhileAnotherPageCannotBeMapped() throws {
        let run = try docgen(["run", "good/say-ok"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "ok\n")
        let explore = try docgen(["explore", "good/say-ok", "--runs", "3"])
        #expect(explore.status == 0, "\(explore.stderr)")
        #expect(explore.stdout.hasPrefix("good/say-ok: deterministic across 3 schedules"))
        let broken = try docgen(["run", "broken/twice"])
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("has two scenarios"))
    }
}
