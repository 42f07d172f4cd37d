import ArgumentParser
import DocGenExplore
import DocGenModel
import DocGenRun
import Foundation

/// Every command names itself (`commandName`): without a name, ArgumentParser derives it from
/// `String(describing: Self.self)`, whose first use for each type checks the type against several protocols, each check
/// a scan of every protocol conformance the process loaded (about half a millisecond of every docgen start);
/// `CommandNamesTests` checks that each configuration has one.
@main
struct Docgen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docgen",
        abstract: "Executed, verified documentation for concurrent code.",
        version: DocGenVersion.string,
        subcommands: [
            Init.self, Build.self, Check.self, List.self, New.self, Run.self, Explore.self, Fidelity.self,
            ModelCheckCommand.self, Serve.self,
        ])

    /// Parses and runs the command like ArgumentParser's own `main()`, except that an error is one line, `error: …`
    /// (its control characters escaped), and a usage error (a bad option or value) exits with status 2, as Python's
    /// argparse and most Unix tools do. A cell's process started by a build (`CellChildRequest`) skips the parsing.
    static func main() async {
        if let request = CellChildRequest(arguments: Array(CommandLine.arguments.dropFirst())) {
            Foundation.exit(CellChild.perform(request))
        }
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
            finish(with: error)
        }
    }

    /// Exits for `error`: an `ExitCode` (its message already printed) with its status; otherwise one line,
    /// `error: …`, and status 2 for a usage error, the error's own status else.
    private static func finish(with error: Error) -> Never {
        let code = exitCode(for: error)
        // Already said (an `ExitCode`), or help and the version (a clean exit, which parsing wraps): ArgumentParser
        // prints them on stdout with status 0.
        if error is ExitCode || code == .success { exit(withError: error) }
        // One line through `note`, as docgen's other messages: control characters in a quoted name escaped.
        note("error: " + message(for: error) + (code == .validationFailure ? " (see --help)" : ""))
        Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
    }
}
