@testable import DocGen
@testable import DocGenModel
@testable import DocGenRun
import DocGenTestSupport
import Foundation
import Testing

/// A `Plan` is a content folder read and mapped once: its pages, its cells with their scenarios, and the lookups the
/// later stages share.
@Suite struct PlanTests {
    /// Two pages: `one` with a cell whose scenario is a file beside it, `two` with a cell whose scenario is inline.
    private func content() throws -> String {
        let content = try TestSupport.temporaryFolder("plan") + "/content"
        try TestSupport.write("# One\n\n## First\n\n```python\nprint(1)\n```\n", to: content + "/one.md")
        try TestSupport.write("print(1)\n", to: content + "/one/first.swift")
        try TestSupport.write(
            "# Two\n\n## Second\n\n```python\nprint(2)\n```\n\n```swift\nprint(2)\n```\n", to: content + "/two.md")
        return content
    }

    @Test func itHoldsEveryPageAndCellWithTheirFiles() async throws {
        let content = try content()
        let plan = try await Plan.make(contentFolder: content, cacheDirectory: nil)
        #expect(plan.documents.map(\.page) == ["one", "two"])
        #expect(plan.cells.map(\.id) == ["one/first", "two/second"])
        #expect(plan.sourcePath(of: "two") == content + "/two.md")
        #expect(plan.cell("two/second")?.scenario.isInline == true)
        #expect(plan.cell("one/first")?.scenario.path == content + "/one/first.swift")
        #expect(plan.cell("one/missing") == nil)
        #expect(plan.sourcePath(of: "nowhere") == "nowhere")
    }

    @Test func aCellWithTwoScenariosIsAMapErrorNamingItsPage() async throws {
        let content = try content()
        try TestSupport.write("print(2)\n", to: content + "/two/second.swift")
        do {
            _ = try await Plan.make(contentFolder: content, cacheDirectory: nil)
            Issue.record("a cell with a scenario file and an inline block was planned")
        } catch {
            guard case .map = error else { Issue.record("expected a map error, got \(error)"); return }
            #expect(error.description.contains("two"))
        }
    }
}
