import ArgumentParser
import DocGenModel
import DocGenRun
import Foundation

@main
struct Docgen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Executed, verified documentation for concurrent code.",
        version: DocGenVersion.string,
        subcommands: [
            Init.self, Build.self, Check.self, List.self, New.self, Run.self, Explore.self, Fidelity.self,
            ModelCheckCommand.self, Serve.self,
        ])

    /// Parses and runs the command like ArgumentParser's own `main()`, except that a usage error (a bad option or
    /// value) is one line, `error: …`, and exits with status 2, as Python's argparse and most Unix tools do.
    static func main() async {
        do {
            var command = try parseAsRoot()
            _ = SelfExecutable.path  // resolved before anything can replace the binary (a reinstall under serve)
            switch command {
            case is Build, is Check, is Fidelity: SignalForwarding.install()  // commands that start cells
            case is Run, is Explore:  // a cell's own process
                CellProcessLifetime.adopt()
                ParentWatch.exitWhenParentDies()
            default: break  // serve stops its build and server itself (StopSignal)
            }
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            FileHandle.standardError.write(Data(("error: " + message(for: error) + " (see --help)\n").utf8))
            Foundation.exit(2)
        }
    }
}
