import DocGenTestSupport
import Foundation
import Testing

/// Every command of the docgen executable names itself (`CommandConfiguration(commandName:)`): without a name,
/// ArgumentParser derives it from `String(describing: Self.self)`, whose first use for each type checks it against
/// several protocols, each check a scan of every protocol conformance the process loaded (about half a millisecond of
/// every docgen start). The executable cannot be imported, so its sources are read.
@Suite struct CommandNamesTests {
    @Test func everyCommandConfigurationNamesItsCommand() throws {
        let folder = TestSupport.packageRoot + "/Sources/docgen"
        var configurations = 0
        var unnamed: [String] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() where file.hasSuffix(".swift")
        {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            for piece in text.components(separatedBy: "CommandConfiguration(").dropFirst() {
                configurations += 1
                if !piece.drop(while: \.isWhitespace).hasPrefix("commandName:") { unnamed.append(file) }
            }
        }
        #expect(configurations >= 11)
        #expect(unnamed.isEmpty, "configurations without commandName in \(unnamed)")
    }

    /// The names are the ones ArgumentParser would have derived, so no command line changes.
    @Test func theNamesAreTheDerivedOnes() throws {
        let text = try String(contentsOfFile: TestSupport.packageRoot + "/Sources/docgen/Docgen.swift", encoding: .utf8)
        #expect(text.contains("commandName: \"docgen\""))
        let run = try DocgenBinary.run(["--help"])
        let output = run.stdout
        for name in ["init", "build", "check", "list", "new", "run", "explore", "fidelity", "model-check", "serve"] {
            #expect(output.contains("  \(name) "), "docgen --help lists \(name)")
        }
    }
}
