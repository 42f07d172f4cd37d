import ArgumentParser
import DocGen

@main
struct Docgen: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Executed, verified documentation for concurrent code.")
}
