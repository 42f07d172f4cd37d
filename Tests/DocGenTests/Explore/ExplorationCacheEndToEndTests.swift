import DocGenTestSupport
import Foundation
import Testing

/// The build's explorations in its summary line, and an exploration that failed is remembered as that failure rather
/// than run again on every build. End to end on the built binary.
@Suite(.serialized) struct ExplorationCacheEndToEndTests {
    let project: String

    init() throws {
        project = try TestSupport.temporaryFolder("exploration-cache")
    }

    func build() throws -> DocgenBinary.Output {
        try DocgenBinary.run(["build", "--out", project + "/site"], in: project)
    }

    /// A cell whose default run prints `a b` but whose search meets a schedule that traps (b before a), so its
    /// exploration's child crashes.
    func writeCellThatCrashesUnderSomeSchedule(marker: String) throws {
        try TestSupport.write(
            """
            # Page

            ## Race

            ```python
            print("a b")
            ```
            """, to: project + "/content/page.md")
        try TestSupport.write(
            """
            import Threading

            // \(marker)
            var order: [String] = []
            let lock = Lock()
            let worker = def("worker") { (name: String) in
                lock.with { order.append(name) }
            }
            let a = Thread(target: worker, args: "a")
            let b = Thread(target: worker, args: "b")
            try a.start()
            try b.start()
            try a.join()
            try b.join()
            if order == ["b", "a"] { fatalError("b ran first") }
            print(order.joined(separator: " "))
            """, to: project + "/content/page/race.swift")
    }

    @Test func aFailedExplorationIsCountedOnceAndNotRetried() throws {
        try writeCellThatCrashesUnderSomeSchedule(marker: UUID().uuidString)
        let first = try build()
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("cell page/race: exploring every schedule failed: "), "\(first.stderr)")
        #expect(first.stderr.contains("1 executed, 1 compiled, 1 explored"), "\(first.stderr)")
        let second = try build()
        #expect(second.status == 0, "\(second.stderr)")
        #expect(
            second.stderr.contains("(in an earlier build; not retried until the cell or docgen changes)"),
            "\(second.stderr)")
        #expect(second.stderr.contains("0 executed, 0 compiled, 0 explored"), "\(second.stderr)")
    }

    @Test func anExplorationThatRanIsCountedAndThenComesFromTheCache() throws {
        try TestSupport.write(
            "# Page\n\n## Two\n\n```python\nprint('x')\n```\n", to: project + "/content/page.md")
        try TestSupport.write(
            """
            import Threading

            // \(UUID().uuidString)
            let worker = def("worker") { (name: String) in print(name) }
            try Thread(target: worker, args: "a").start()
            try Thread(target: worker, args: "b").start()
            """, to: project + "/content/page/two.swift")
        let first = try build()
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("1 cell(s), 1 executed, 1 compiled, 1 explored"), "\(first.stderr)")
        let second = try build()
        #expect(second.stderr.contains("1 cell(s), 0 executed, 0 compiled, 0 explored"), "\(second.stderr)")
        let page = try TestSupport.read(project + "/site/page.html")
        #expect(page.contains("possible outputs"))
    }
}
