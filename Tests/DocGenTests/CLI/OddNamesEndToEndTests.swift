import DocGenTestSupport
import Foundation
import Testing

/// Odd names in a docs project, end to end on the built binary: a file name or cell id with terminal control
/// characters is escaped in docgen's messages (it cannot recolour, clear or retitle the terminal, nor break a
/// message's line); a page name or cell id too long to name files is one error before anything runs, and an id made
/// from a long heading is cut to fit; a heading saved in the other Unicode form keeps its cell's id; a loop of symbolic
/// links is called one, not a link to nothing.
@Suite(.serialized) struct OddNamesEndToEndTests {
    let project: String

    init() throws {
        project = try TestSupport.temporaryFolder("odd-names")
    }

    func docgen(_ arguments: String...) throws -> DocgenBinary.Output {
        try DocgenBinary.run(arguments, in: project)
    }

    func write(_ text: String, page: String) throws {
        try TestSupport.write(text, to: project + "/content/" + page + ".md")
    }

    @Test func controlCharactersInAPageFileNameAreEscapedInItsMessage() throws {
        try write("# Red\n", page: "e\u{1B}[31mRED\u{1B}[0m")
        try write("# Two lines\n", page: "a\nb")
        let build = try docgen("build")
        #expect(build.status == 1)
        #expect(!build.stderr.contains("\u{1B}"), "\(build.stderr)")
        #expect(build.stderr.contains(#"the page name 'e\u{1B}[31mRED\u{1B}[0m' may only hold"#), "\(build.stderr)")
        #expect(build.stderr.contains(#"content/a\u{A}b.md: the page name 'a\u{A}b' may only hold"#), "\(build.stderr)")
        let lines = build.stderr.split(separator: "\n")
        #expect(lines.count == 2, "one line per page: \(build.stderr)")
        #expect(lines.allSatisfy { $0.contains("the page name") && $0.hasSuffix(".md") })
        #expect(!FileManager.default.fileExists(atPath: project + "/site"))
    }

    @Test func aCellNameWithControlCharactersIsEscapedInEveryCommandsError() throws {
        try write("# Page\n", page: "page")
        for command in ["run", "explore", "new"] {
            let result = try docgen(command, "page/a\u{1B}]0;pwned\u{7}b")
            #expect(result.status == 1, "\(command): \(result.stderr)")
            #expect(result.stderr.hasPrefix("error: no cell"), "\(command): \(result.stderr)")
            #expect(result.stderr.contains(#"a\u{1B}]0;pwned\u{7}b"#), "\(command): \(result.stderr)")
            #expect(!result.stderr.contains("\u{1B}") && !result.stderr.contains("\u{7}"), "\(command)")
        }
    }

    @Test func aPageNameTooLongToNameFilesIsAnErrorBeforeAnythingIsWritten() throws {
        let longest = String(repeating: "a", count: 100)
        try write("# Longest\n\nProse only.\n", page: longest)
        let fits = try docgen("build")
        #expect(fits.status == 0, "\(fits.stderr)")
        #expect(FileManager.default.fileExists(atPath: project + "/site/\(longest).html"))
        try FileManager.default.removeItem(atPath: project + "/site")

        let tooLong = String(repeating: "é", count: 51)  // 102 bytes in UTF-8
        try write("# Too long\n\n```python\nprint(\"x\")\n```\n", page: tooLong)
        let build = try docgen("build")
        #expect(build.status == 1)
        #expect(
            build.stderr.contains(
                "content/\(tooLong).md: the page name is 102 bytes long; docgen names files and folders after it"),
            "\(build.stderr)")
        #expect(build.stderr.contains("so it may have at most 100; rename the file"))
        #expect(!FileManager.default.fileExists(atPath: project + "/site"), "nothing built")
    }

    @Test func aLongIDOptionIsAnErrorNamingItsLine() throws {
        let id = String(repeating: "b", count: 101)
        try write("# Page\n\n<!-- docgen: id=\(id) -->\n```python\nprint(\"x\")\n```\n", page: "page")
        let build = try docgen("build")
        #expect(build.status == 1)
        #expect(
            build.stderr.contains(
                "content/page.md:3: the cell id is 101 characters long; docgen names files after it"),
            "\(build.stderr)")
        #expect(!build.stderr.contains("File name too long"))
    }

    @Test func aCellUnderALongHeadingGetsAnIDThatFitsAFileName() throws {
        let heading = Array(repeating: "word", count: 60).joined(separator: " ")
        try write("# Page\n\n## \(heading)\n\n```python\nprint(\"x\")\n```\n", page: "page")
        let build = try docgen("build", "--record")
        #expect(build.status == 0, "\(build.stderr)")
        let snapshots = try FileManager.default.contentsOfDirectory(atPath: project + "/Tests/Snapshots/page")
        #expect(snapshots.count == 1)
        let name = try #require(snapshots.first)
        #expect(name.hasPrefix("word-word-") && name.hasSuffix(".txt"), "\(name)")
        #expect(name.utf8.count <= 96, "\(name)")
        #expect(try docgen("check").status == 0)
    }

    @Test func aLoopOfLinkedPagesIsCalledALoop() throws {
        try FileManager.default.createDirectory(atPath: project + "/content", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: project + "/content/a.md", withDestinationPath: "b.md")
        try FileManager.default.createSymbolicLink(atPath: project + "/content/b.md", withDestinationPath: "a.md")
        let build = try docgen("build")
        #expect(build.status == 1)
        #expect(
            build.stderr.contains(
                "content/a.md: cannot read the file (is a symbolic link to b.md, which leads back to itself (a loop of "
                    + "links); fix or delete the link)"), "\(build.stderr)")
        #expect(!build.stderr.contains("does not exist"))
    }

    @Test func aFolderOptionThroughALoopOfLinksIsAUsageError() throws {
        try write("# Page\n", page: "page")
        try FileManager.default.createSymbolicLink(atPath: project + "/site", withDestinationPath: "site")
        let build = try docgen("build", "--out", "site")
        #expect(build.status == 2)
        #expect(
            build.stderr.contains(
                "--out 'site' goes through 'site', a symbolic link to 'site', which leads back to itself (a loop of "
                    + "links); fix or delete the link"), "\(build.stderr)")
    }

    @Test func aHeadingSavedInTheOtherUnicodeFormKeepsItsCellID() throws {
        func page(_ heading: String) -> String { "# Page\n\n## \(heading)\n\n```python\nprint(\"x\")\n```\n" }
        try write(page("Caf\u{E9} au lait"), page: "page")
        #expect(try docgen("build", "--record").status == 0)
        // The same page saved by an editor that writes decomposed characters (e + U+0301): the same cell.
        try write(page("Cafe\u{301} au lait"), page: "page")
        let check = try docgen("check")
        #expect(
            check.status == 0 && check.stderr.contains("1 cell(s) checked, 1 match their snapshot"), "\(check.stderr)")
        #expect(try docgen("build", "--record").status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: project + "/Tests/Snapshots/page")
        #expect(names.map { Array($0.utf8) } == [Array("caf\u{E9}-au-lait.txt".utf8)], "one snapshot, named in NFC")
    }
}
