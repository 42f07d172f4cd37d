import Foundation
import Testing

/// Every bad input of issue 12, run through the built `docgen` binary: a one-line error, status 1 or 2, no crash.
@Suite struct BadInputEndToEndTests {
    @Test func aLoneEqualsSignInAnOptionsComment() throws {
        let content = try BadInputSupport.content(["p.md": BadInputSupport.page(options: "=")])
        let output = try DocgenBinary.run(["list", "--content", content])
        BadInputSupport.expectCleanError(output, "p.md:5: bad docgen option '=': '=' needs a key")
    }

    @Test func aTimeoutThatIsNotPlainSeconds() throws {
        for bad in ["inf", "1e308", "0x10"] {
            let content = try BadInputSupport.content(["p.md": BadInputSupport.page(options: "timeout=\(bad)")])
            let output = try DocgenBinary.run(["list", "--content", content])
            BadInputSupport.expectCleanError(
                output, "p.md:5: bad docgen option 'timeout=\(bad)': timeout must be a number of seconds written like 10")
        }
    }

    @Test func aRepeatedOptionKey() throws {
        let content = try BadInputSupport.content(["p.md": BadInputSupport.page(options: "seed=1 seed=2")])
        let output = try DocgenBinary.run(["list", "--content", content])
        BadInputSupport.expectCleanError(output, "p.md:5: bad docgen option 'seed=2': seed is already set on line 5")
    }

    @Test func aQuotedMaskWithBlanksIsAccepted() throws {
        let content = try BadInputSupport.content(["p.md": BadInputSupport.page(options: #"mask="value \d+""#)])
        let output = try DocgenBinary.run(["list", "--content", content])
        #expect(output.status == 0, "stderr was: \(output.stderr)")
    }

    @Test func commandLineNumbersOutOfRangeAreUsageErrors() throws {
        let content = try BadInputSupport.content(["p.md": BadInputSupport.page(options: "skip")])
        let cases = [
            (["--timeout", "inf"], "The value 'inf' is invalid for '--timeout <timeout>'"),
            (["--timeout", "1e17"], "The value '1e17' is invalid for '--timeout <timeout>'"),
            (["--jobs", "0"], "The value '0' is invalid for '--jobs <jobs>'"),
        ]
        for (arguments, message) in cases {
            let work = try TestSupport.temporaryFolder("cli")
            let output = try DocgenBinary.run(
                ["build", "--content", content, "--out", work + "/site", "--cache", work + "/cache"] + arguments)
            BadInputSupport.expectCleanError(output, message)
            #expect(output.status == 2)
            #expect(!FileManager.default.fileExists(atPath: work + "/site"))
        }
    }

    @Test func anOutputFolderUnderAFile() throws {
        let content = try BadInputSupport.content(["p.md": Array("# Only prose\n".utf8)])
        let folder = (content as NSString).deletingLastPathComponent
        try TestSupport.write("a file", to: folder + "/afile")
        let output = try DocgenBinary.run(
            ["build", "--content", content, "--out", folder + "/afile/sub", "--cache", folder + "/cache"])
        BadInputSupport.expectCleanError(output, "cannot write the site to \(folder)/afile/sub: \(folder)/afile is a file")
        #expect(try TestSupport.read(folder + "/afile") == "a file")
    }

    @Test func anEmptyOutputFolderName() throws {
        let content = try BadInputSupport.content(["p.md": Array("# Only prose\n".utf8)])
        let folder = (content as NSString).deletingLastPathComponent
        let output = try DocgenBinary.run(["build", "--content", content, "--out", "", "--cache", folder + "/cache"])
        BadInputSupport.expectCleanError(output, "the output folder is an empty string; pass a folder with --out")
    }
}
