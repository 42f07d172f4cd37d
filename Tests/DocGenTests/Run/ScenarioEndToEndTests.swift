import DocGenTestSupport
import Foundation
import Testing

/// A docs project in a temporary folder, its scenarios beside the content, built by the `docgen` binary run there.
@Suite(.serialized) struct ScenarioEndToEndTests {
    let project: String

    init() throws {
        project = try TestSupport.temporaryFolder("project")
        try TestSupport.write(
            """
            # Page

            ## One

            ```python
            print("one")
            ```

            ## Two

            ```python
            print("two")
            ```

            ```swift
            print("two")
            ```
            """, to: project + "/content/page.md")
        try TestSupport.write(
            """
            import Threading

            final class Worker: threading.Thread, @unchecked Sendable {
                override func run() throws { print("one") }
            }

            let worker = Worker()
            try worker.start()
            try worker.join()
            """, to: project + "/content/page/one.swift")
    }

    func docgen(_ arguments: String...) throws -> DocgenBinary.Output {
        try DocgenBinary.run(arguments, in: project)
    }

    @Test func aFileAndAnInlineScenarioRunAndOnlyAnEditedCellRunsAgain() throws {
        let first = try docgen("build")
        #expect(first.status == 0, "stderr: \(first.stderr)")
        #expect(first.stderr.contains("2 cell(s), 2 executed"))
        let page = try TestSupport.read(project + "/site/page.html")
        #expect(page.contains("Swift · content/page/one.swift"))
        #expect(page.contains("Swift · content/page.md:16"))
        #expect(page.contains("<span class=\"text\">one</span>"))
        #expect(try docgen("build").stderr.contains("2 cell(s), 0 executed, 0 compiled"))
        let fresh = "uno " + UUID().uuidString  // not in the compile cache the tests share
        try TestSupport.write(
            try TestSupport.read(project + "/content/page/one.swift").replacingOccurrences(
                of: "print(\"one\")", with: "print(\"\(fresh)\")"), to: project + "/content/page/one.swift")
        #expect(try docgen("build").stderr.contains("2 cell(s), 1 executed, 1 compiled"))
        #expect(try docgen("run", "page/one").stdout == fresh + "\n")
    }

    @Test func aCompileErrorFailsThatCellOnlyAtTheAuthorsLine() throws {
        try TestSupport.write(
            "import Threading\nlet x: Int = \"no\"\nprint(x)\n", to: project + "/content/page/one.swift")
        let failed = try docgen("build")
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("content/page.md:5: cell page/one does not compile:\n"))
        #expect(failed.stderr.contains("\ncontent/page/one.swift:2:14: error: cannot convert value of type 'String'"))
        #expect(failed.stderr.contains("1 cell(s) failed"))
        #expect(!failed.stderr.contains("docgen-cache"), "no generated file is named: \(failed.stderr)")
        let allowed = try docgen("build", "--allow-errors")
        #expect(allowed.status == 0)
        #expect(allowed.stderr.contains("0 compiled"), "the compile error is cached: \(allowed.stderr)")
        let page = try TestSupport.read(project + "/site/page.html")
        #expect(page.contains("content/page/one.swift:2:14: error: cannot convert value of type"))
    }

    @Test func aFileAndABlockForOneCellIsAnError() throws {
        try TestSupport.write("print(2)\n", to: project + "/content/page/two.swift")
        let output = try docgen("build")
        #expect(output.status == 1)
        #expect(
            output.stderr.contains(
                "content/page.md:15: cell 'page/two' has two scenarios, this swift block and content/page/two.swift"))
    }
}
