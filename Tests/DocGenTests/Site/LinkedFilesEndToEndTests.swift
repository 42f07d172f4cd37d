import DocGenTestSupport
import Foundation
import Testing

/// Files a page links to are copied into the site (same relative path), only from inside the content folder.
@Suite struct LinkedFilesEndToEndTests {
    private func build(_ page: String, extra: [String] = [], setUp: (String) throws -> Void) throws
        -> (DocgenBinary.Output, String)
    {
        let content = try BadInputSupport.content(["p.md": Array(page.utf8)])
        let folder = (content as NSString).deletingLastPathComponent
        try setUp(folder)
        let output = try DocgenBinary.run(
            ["build", "--content", content, "--out", folder + "/site", "--cache", folder + "/cache"] + extra)
        return (output, folder)
    }

    @Test func linkedImagesAndDataFilesAreCopiedKeepingTheirPaths() throws {
        let (output, folder) = try build(
            "# P\n\n![logo](img/logo.png)\n\n[points](./data/my%20points.csv#top)\n", extra: ["--strict"]
        ) { folder in
            try TestSupport.write("PNG", to: folder + "/content/img/logo.png")
            try TestSupport.write("a,b", to: folder + "/content/data/my points.csv")
            try TestSupport.write("unlinked", to: folder + "/content/notes.txt")
        }
        #expect(output.status == 0, "stderr was: \(output.stderr)")
        #expect(try TestSupport.read(folder + "/site/img/logo.png") == "PNG")
        #expect(try TestSupport.read(folder + "/site/data/my points.csv") == "a,b")
        #expect(!FileManager.default.fileExists(atPath: folder + "/site/notes.txt"), "only linked files are copied")
        #expect(try TestSupport.read(folder + "/site/p.html").contains("<img src=\"img/logo.png\" alt=\"logo\""))
    }

    @Test func aLinkOutOfTheContentFolderIsNotCopiedAndFailsTheStrictCheck() throws {
        let (output, folder) = try build("# P\n\n[secret](../secret.txt) and [alias](alias.txt)\n", extra: ["--strict"])
        {
            folder in
            try TestSupport.write("secret", to: folder + "/secret.txt")
            try FileManager.default.createSymbolicLink(
                atPath: folder + "/content/alias.txt", withDestinationPath: "../secret.txt")
        }
        #expect(output.status == 1)
        #expect(output.stderr.contains("p.md:3: broken link '../secret.txt': the file is outside the content folder"))
        #expect(output.stderr.contains("p.md:3: broken link 'alias.txt': the file is outside the content folder"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/site"))
    }

    @Test func aMissingLinkedFileIsABrokenLinkAndWithoutStrictOnlyAWarning() throws {
        let (output, folder) = try build("# P\n\n![gone](gone.png)\n") { _ in }
        #expect(output.status == 0)
        #expect(output.stderr.contains("warning: ") && output.stderr.contains("broken link 'gone.png': no file"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/site/gone.png"))
    }

    @Test func aLinkedFileMayNotReplaceAFileDocgenGenerates() throws {
        let (output, folder) = try build("# P\n\n[css](assets/docgen.css)\n", extra: ["--strict"]) { folder in
            try TestSupport.write("body{}", to: folder + "/content/assets/docgen.css")
        }
        #expect(output.status == 1)
        #expect(output.stderr.contains("docgen writes its own assets/docgen.css into the site; rename the file"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/site"))
    }
}
