import DocGenTestSupport
import Foundation
import Testing

/// Empty, root and overlapping folder options are usage errors (exit status 2) before anything is read or written:
/// end to end on the built binary, from a working folder that must stay empty, and with the file system's root
/// watched (CI runs as root, so `init ""` once wrote `/content/`).
@Suite(.serialized) struct ProjectFoldersEndToEndTests {
    /// Runs docgen in a new empty folder and returns its output, after checking that it exited 2 with one error line
    /// and wrote nothing there or in `/`.
    func refused(_ arguments: [String], mentions: String) throws {
        let folder = try TestSupport.temporaryFolder("folders")
        try FileManager.default.createDirectory(atPath: folder + "/content", withIntermediateDirectories: true)
        try TestSupport.write("# Page\n\nWords.\n", to: folder + "/content/page.md")
        let rootBefore = try FileManager.default.contentsOfDirectory(atPath: "/").sorted()
        let result = try DocgenBinary.run(arguments, in: folder)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].hasPrefix("error: ") && result.stderr.contains(mentions), "\(arguments)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["content"], "\(arguments)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: "/").sorted() == rootBefore, "\(arguments)")
    }

    @Test func emptyFolderOptionsAreUsageErrorsBeforeAnythingIsWritten() throws {
        try refused(["init", ""], mentions: "the project folder must name a folder")
        try refused(["build", "--cache", ""], mentions: "--cache must name a folder")
        try refused(["build", "--snapshots", "", "--record"], mentions: "--snapshots must name a folder")
        try refused(["fidelity", "--record", "--recordings", ""], mentions: "--recordings must name a folder")
        try refused(["build", "--out", ""], mentions: "--out must name a folder")
        try refused(["check", "--content", ""], mentions: "--content must name a folder")
        try refused(["serve", "--out", "", "--port", "0"], mentions: "--out must name a folder")
        try refused(["new", "--missing", "--content", ""], mentions: "--content must name a folder")
        try refused(["list", "--python", ""], mentions: "--python must name a folder")
    }

    @Test func theRootFolderIsRefused() throws {
        try refused(["build", "--cache", "/"], mentions: "--cache must not be the root folder")
        try refused(["build", "--snapshots", "/", "--record"], mentions: "--snapshots must not be the root folder")
    }

    @Test func overlappingFoldersAreUsageErrors() throws {
        try refused(
            ["build", "--snapshots", "site/snaps", "--record"],
            mentions: "--snapshots 'site/snaps' is inside --out 'site'")
        try refused(["build", "--cache", "site"], mentions: "are the same folder")
        try refused(["build", "--out", "."], mentions: "is inside --out '.'")
        try refused(["serve", "--out", ".", "--port", "0"], mentions: "is inside --out '.'")
        try refused(["build", "--out", "content/site"], mentions: "--out 'content/site' is inside --content")
        try refused(["build", "--recordings", "content"], mentions: "are the same folder")
        try refused(["build", "--out", "site/.."], mentions: "is inside --out 'site/..'")
    }

    @Test func aSymbolicLinkToTheProjectIsSeenThrough() throws {
        let folder = try TestSupport.temporaryFolder("folders-link")
        try FileManager.default.createDirectory(atPath: folder + "/content", withIntermediateDirectories: true)
        try TestSupport.write("# Page\n\nWords.\n", to: folder + "/content/page.md")
        try FileManager.default.createSymbolicLink(atPath: folder + "/here", withDestinationPath: folder)
        let result = try DocgenBinary.run(["build", "--out", "here"], in: folder)
        #expect(result.status == 2 && result.stderr.contains("is inside --out 'here'"), "\(result.stderr)")
    }

    /// A folder option that is (or goes through) a link to nothing is named as such; it used to fail later with
    /// the file system's "a file with the same name already exists" (exit status 1).
    @Test func aDanglingLinkAsAFolderIsAUsageErrorNamingIt() throws {
        let folder = try TestSupport.temporaryFolder("folders-dangling")
        try FileManager.default.createDirectory(atPath: folder + "/content", withIntermediateDirectories: true)
        try TestSupport.write("# Page\n\nWords.\n", to: folder + "/content/page.md")
        try FileManager.default.createSymbolicLink(atPath: folder + "/snaps", withDestinationPath: "gone/snaps")
        for (arguments, path) in [
            (["build", "--snapshots", "snaps", "--record"], "snaps"),
            (["build", "--snapshots", "snaps/more", "--record"], "snaps/more"),
            (["build", "--out", "snaps"], "snaps"),
        ] {
            let result = try DocgenBinary.run(arguments, in: folder)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(
                result.stderr.contains(
                    "'\(path)' goes through 'snaps', a symbolic link to 'gone/snaps', which does not exist; fix or "
                        + "delete the link"), "\(arguments): \(result.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["content", "snaps"])
    }

    @Test func theWorkflowQuotesTheRepositoryURLForYAMLAndRefusesExpressions() throws {
        let folder = try TestSupport.temporaryFolder("folders-yaml")
        let url = "https://example.com/x\"\n      injected: true\\"
        let made = try DocgenBinary.run(["init", folder + "/project", "--docgen-repository", url])
        #expect(made.status == 0, "\(made.stderr)")
        let workflow = try TestSupport.read(folder + "/project/.github/workflows/docs.yml")
        #expect(workflow.contains(#"DOCGEN_REPOSITORY: "https://example.com/x\"\n      injected: true\\""#))
        #expect(!workflow.contains("\n      injected: true"))
        let expression = try DocgenBinary.run([
            "init", folder + "/other", "--docgen-repository", "${{ secrets.TOKEN }}",
        ])
        #expect(expression.status == 2 && expression.stderr.contains("GitHub Actions expression"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/other"))
    }
}
