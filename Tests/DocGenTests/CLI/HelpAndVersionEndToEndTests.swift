import DocGenTestSupport
import Foundation
import Testing

/// `docgen --help`, a command's `--help`, `docgen help COMMAND` and `docgen --version` print on stdout with status 0,
/// as other tools do (`docgen --version > file`, `docgen --help | less`), not as an `error: …` line on stderr; a bad
/// option is still one `error: …` line on stderr with status 2. End to end on the built binary.
@Suite struct HelpAndVersionEndToEndTests {
    @Test(arguments: [["--help"], ["build", "--help"], ["help", "explore"], ["-h"]])
    func helpGoesToStdout(arguments: [String]) throws {
        let run = try DocgenBinary.run(arguments)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("OVERVIEW: "), "\(arguments): \(run.stdout.prefix(80))")
        #expect(run.stdout.contains("USAGE: docgen"))
        #expect(run.stderr.isEmpty, "\(arguments): \(run.stderr.prefix(200))")
    }

    @Test func theVersionGoesToStdout() throws {
        let run = try DocgenBinary.run(["--version"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        let version = run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(version.first?.isNumber == true && version.contains("."), "\(run.stdout)")
    }

    @Test func aBadOptionIsStillOneErrorLine() throws {
        let run = try DocgenBinary.run(["--no-such-option"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "error: Unknown option '--no-such-option' (see --help)\n", "\(run.stderr)")
    }
}
