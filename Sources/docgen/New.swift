import ArgumentParser
import DocGenScaffold
import Foundation

extension Docgen {
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a scenario skeleton content/<page>/<cell>.swift (the cell's Python as comments).")

        @Argument(help: "The cell, PAGE/CELL (`docgen list` shows the ids).")
        var id: String?

        @Flag(help: "Write a skeleton for every cell that has no scenario yet.")
        var missing = false

        @Option(help: "Folder of Markdown pages.")
        var content = "content"

        func validate() throws {
            try FolderOptions.requireNamed([("--content", content)])
            guard (id == nil) != !missing else {
                throw ValidationError("give either a cell id PAGE/CELL or --missing")
            }
        }

        func run() throws {
            do {
                if let id {
                    print(try ScenarioScaffolder.write(id: id, contentFolder: content))
                } else {
                    let written = try ScenarioScaffolder.writeMissing(contentFolder: content)
                    written.forEach { print($0) }
                    if written.isEmpty { note("every cell of \(content) has a scenario; nothing written") }
                }
            } catch {
                throw fail(error)
            }
        }
    }
}
