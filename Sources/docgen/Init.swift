import ArgumentParser
import DocGenScaffold
import Foundation

extension Docgen {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Write a new docs project: a sample page and its scenario, .gitignore, a CI workflow.")

        @Argument(help: "The project folder (new or empty).")
        var folder: String

        @Option(
            help: """
                Git URL the CI workflow installs docgen from (default: the repository variable DOCGEN_REPOSITORY).
                """)
        var docgenRepository: String?

        func validate() throws {
            try FolderOptions.requireNamed([("the project folder", folder)])
            // The workflow quotes the URL for YAML, but GitHub Actions would still evaluate an expression in it.
            if let docgenRepository, docgenRepository.contains("${{") {
                throw ValidationError(
                    "--docgen-repository must be a git URL, not a GitHub Actions expression (${{ … }})")
            }
        }

        func run() throws {
            let written: [String]
            do {
                written = try ProjectScaffolder.create(at: folder, docgenRepository: docgenRepository)
            } catch {
                throw fail(error)
            }
            written.forEach { print((folder as NSString).appendingPathComponent($0)) }
            note(
                """
                next: cd \(folder) && docgen build --record && docgen fidelity --record && docgen check   (records \
                Tests/Snapshots/ by running the cells, and Tests/Fidelity/ by running them with python3; commit both \
                with content/)
                """)
        }
    }
}
