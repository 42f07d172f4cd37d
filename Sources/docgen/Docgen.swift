import ArgumentParser
import DocGen

@main
struct Docgen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Executed, verified documentation for concurrent code.",
        version: DocGenVersion.string,
        subcommands: [Build.self, Check.self, List.self, Run.self, Explore.self, Fidelity.self, Serve.self])
}
