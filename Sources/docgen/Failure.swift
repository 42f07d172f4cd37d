import ArgumentParser
import DocGenModel
import Foundation

/// Prints `message` on stderr (one line per problem) and returns the exit code to throw.
func fail(_ message: CustomStringConvertible) -> ExitCode {
    note("error: " + message.description)
    return ExitCode(1)
}

/// Prints a warning line on stderr.
func warn(_ message: String) {
    note("warning: " + message)
}

/// Prints `text` and a newline on stderr (where docgen's own messages go; stdout is the command's output), its control
/// characters escaped: a file name or a cell's output quoted in it cannot drive the terminal.
func note(_ text: String) {
    FileHandle.standardError.write(Data((TerminalText.printable(text) + "\n").utf8))
}
