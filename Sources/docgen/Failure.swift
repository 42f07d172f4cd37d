import ArgumentParser
import Foundation

/// Prints `message` on stderr (one line per problem) and returns the exit code to throw.
func fail(_ message: CustomStringConvertible) -> ExitCode {
    FileHandle.standardError.write(Data(("error: " + message.description + "\n").utf8))
    return ExitCode(1)
}

/// Prints a warning line on stderr.
func warn(_ message: String) {
    FileHandle.standardError.write(Data(("warning: " + message + "\n").utf8))
}
