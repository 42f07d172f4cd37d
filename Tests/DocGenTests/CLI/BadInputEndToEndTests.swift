import DocGenTestSupport
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
                output,
                "p.md:5: bad docgen option 'timeout=\(bad)': timeout must be a number of seconds written like 10")
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
        BadInputSupport.expectCleanError(
            output, "cannot write the site to \(folder)/afile/sub: \(folder)/afile is a file")
        #expect(try TestSupport.read(folder + "/afile") == "a file")
    }

    @Test func anEmptyOutputFolderName() throws {
        let content = try BadInputSupport.content(["p.md": Array("# Only prose\n".utf8)])
        let folder = (content as NSString).deletingLastPathComponent
        let output = try DocgenBinary.run(["build", "--content", content, "--out", "", "--cache", folder + "/cache"])
        BadInputSupport.expectCleanError(output, "--out must name a folder, not an empty string (see --help)")
        #expect(output.status == 2)
    }

    /// `docgen build` of `pages` into a fresh folder; the site must not appear.
    private func build(_ pages: [String: [UInt8]]) throws -> DocgenBinary.Output {
        try build(pages.map { ($0.key, $0.value) })
    }

    private func build(_ pages: [(String, [UInt8])]) throws -> DocgenBinary.Output {
        let content = try BadInputSupport.content(pages)
        let folder = (content as NSString).deletingLastPathComponent
        let output = try DocgenBinary.run(
            ["build", "--content", content, "--out", folder + "/site", "--cache", folder + "/cache"])
        #expect(!FileManager.default.fileExists(atPath: folder + "/site"), "a site was written")
        return output
    }

    @Test func aNulByteIsAnErrorNamingItsLineNotASilentlyShortPage() throws {
        let output = try build(["p.md": Array("# A\n\nbefore".utf8) + [0] + Array("after\n".utf8)])
        BadInputSupport.expectCleanError(output, "p.md:3: the file contains a NUL byte")
    }

    @Test func invalidUTF8IsAnErrorNamingItsLine() throws {
        let output = try build(["p.md": Array("# A\n\nok\nbad ".utf8) + [0xFF, 0xFE] + Array("\n".utf8)])
        BadInputSupport.expectCleanError(output, "p.md:4: the file is not valid UTF-8 from this line on")
    }

    @Test func aPageNamedIndexWouldReplaceTheGeneratedIndex() throws {
        let output = try build(["index.md": Array("# Mine\n".utf8), "other.md": Array("# Other\n".utf8)])
        BadInputSupport.expectCleanError(output, "index.md: a page may not be named 'index'")
    }

    @Test func twoNamesEqualAfterUnicodeNormalisationWouldOverwriteEachOther() throws {
        let nfc = "caf\u{E9}.md"
        let nfd = "cafe\u{301}.md"
        #expect(Array(nfc.utf8) != Array(nfd.utf8))
        let output = try build([(nfc, Array("# NFC\n".utf8)), (nfd, Array("# NFD\n".utf8))])
        BadInputSupport.expectCleanError(output, "its page name is the same as that of")
    }

    @Test func aPageNameUnsafeInAURLIsAnErrorWithASafeSuggestion() throws {
        let output = try build(["javascript:alert(1).md": Array("# JS\n".utf8)])
        BadInputSupport.expectCleanError(
            output, "the page name 'javascript:alert(1)' may only hold letters, digits")
        #expect(output.stderr.contains("e.g. to javascript-alert-1.md"))
    }

    @Test func anEmptyContentFolderIsAnErrorNotAnEmptySite() throws {
        let output = try build(["notes.txt": Array("not a page".utf8)])
        BadInputSupport.expectCleanError(output, "has no Markdown pages (*.md); add one or pass --content FOLDER")
    }

    @Test func aNonASCIIPageNameIsFine() throws {
        let content = try BadInputSupport.content(["caf\u{E9}.md": Array("# Caf\u{E9}\n".utf8)])
        let folder = (content as NSString).deletingLastPathComponent
        let output = try DocgenBinary.run(
            ["build", "--content", content, "--out", folder + "/site", "--cache", folder + "/cache"])
        #expect(output.status == 0, "stderr was: \(output.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder + "/site/caf\u{E9}.html"))
    }
}
