import ArgumentParser
import DocGenScaffold
import Foundation

extension Docgen {
    struct New: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract:
                "Start a hand port content/<page>/<cell>.swift from the cell's translation (or its Python as comments)."
        )

        @Argument(help: "The cell, PAGE/CELL (`docgen list` shows the ids).")
        var id: String?

        @Flag(help: "Start a hand port for every cell that has no hand-written scenario yet.")
        var missing = false

        @Option(help: "Folder of Markdown pages.")
        var content = "content"

        func validate() throws {
            try FolderOptions.requireNamed([("--content", content)])
            guard (id == nil) != !missing else {
                throw ValidationError("give either a cell id PAGE/CELL or --missing")
            }
        }

        func run() async throws {
            do {
                if let id {
                    print(try await ScenarioScaffolder.write(id: id, contentFolder: content))
                } else {
                    let written = try await ScenarioScaffolder.writeMissing(contentFolder: content)
                    written.forEach { print($0) }
                    if written.isEmpty { note("every cell of \(content) has a hand-written scenario; nothing written") }
                }
            } catch {
                throw fail(error)
            }
        }
    }
}
