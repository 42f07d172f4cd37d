import Testing

/// What a scenario sees with a plain `import Threading`: the Python-shaped API (and `@Shared`), not the run harness
/// (`@_spi(Harness)`: `runProgram`, `RunOptions`, `RunResult`, `TraceEvent`, …) nor the schedule search
/// (`@_spi(Search)`: `ExhaustiveSearch`). Each snippet is type-checked by `swiftc` (`SwiftTypecheck`).
@Suite struct ScenarioSurfaceTests {
    /// Harness and search spellings a scenario might reach for, one a line.
    static let hidden: [(code: String, name: String)] = [
        ("_ = runProgram { }", "runProgram"),
        ("runPrograms(0..<1, options: { _ in RunOptions() }, main: { }) { _, _ in }", "runPrograms"),
        ("let options = RunOptions()", "RunOptions"),
        ("let result: RunResult? = nil", "RunResult"),
        ("let outcome: RunOutcome? = nil", "RunOutcome"),
        ("let event: TraceEvent? = nil", "TraceEvent"),
        ("let policy: SchedulePolicy? = nil", "SchedulePolicy"),
        ("let kind: RuntimeKind? = nil", "RuntimeKind"),
        ("let search = ExhaustiveSearch()", "ExhaustiveSearch"),
        ("let summary: SearchSummary? = nil", "SearchSummary"),
    ]

    @Test func aScenarioCannotReachTheHarnessOrTheSearch() throws {
        let body = Self.hidden.map(\.code).joined(separator: "\n")
        let result = try SwiftTypecheck.run("import Threading\n" + body + "\n")
        #expect(result.status != 0)
        let lines = result.output.split(separator: "\n")
        for (offset, spelling) in Self.hidden.enumerated() {
            let location = "port.swift:\(offset + 2):"
            let found = lines.contains {
                $0.contains(location) && $0.contains("error: cannot find")
                    && $0.contains("'\(spelling.name)' in scope")
            }
            #expect(
                found,
                "line \(offset + 2) `\(spelling.code)`: no \"cannot find '\(spelling.name)'\" in\n\(result.output)")
        }
    }

    /// The same lines compile with the SPI imports docgen and the tests use: the errors above are about visibility.
    @Test func theSPIImportsReachThem() throws {
        let body = Self.hidden.map(\.code).joined(separator: "\n")
        let result = try SwiftTypecheck.run("@_spi(Harness) @_spi(Search) import Threading\n" + body + "\n")
        #expect(result.status == 0, "\(result.output)")
    }

    /// `@Shared`, `print(file:)` and the primitives stay visible to a plain `import Threading` (in a function, as docgen
    /// wraps a scenario's statements).
    @Test func thePythonShapedAPIStaysVisible() throws {
        let result = try SwiftTypecheck.run(
            """
            import Threading
            func program() throws {
                @Shared var count = 0
                let lock = Lock()
                lock.with { count += 1 }
                print("done", count, file: .stderr)
                let q = Queue<Int>()
                try q.put(1)
            }
            """)
        #expect(result.status == 0, "\(result.output)")
    }
}
