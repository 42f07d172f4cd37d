import DocGenModel
@testable import DocGenSite
import DocGenTestSupport
import Foundation
import Testing

/// A build that leaves a record for the next one (`UnchangedSite`) makes the record's key of its output folder from
/// the stamps it has of the files it left there (`OutputStamps.key(files:)`), without walking the folder again, and
/// that key is the one a walk of the folder gives: the next build with the same inputs stops at its check.
@Suite struct UnchangedRecordTests {
    let folder: String
    let out: String
    let cache: String
    /// Names whose order differs between a walk (folder by folder) and a sort of whole paths by their bytes.
    let site: [String: [UInt8]] = [
        ".docgen-site": Array("marker\n".utf8), "a/b.svg": Array("<svg/>".utf8), "a-b/c.txt": Array("c".utf8),
        "a.html": Array("a".utf8), "page.html": Array("page".utf8), "a/d/e.txt": Array("e".utf8),
    ]

    init() throws {
        folder = try TestSupport.temporaryFolder()
        out = folder + "/site"
        cache = folder + "/cache"
    }

    func write(_ files: [String: [UInt8]]) throws {
        var draft = try SiteWriter.begin(out, marker: files[".docgen-site"]!, manifestFolder: cache)
        for path in files.keys.sorted() where path != ".docgen-site" { try draft.add(path, bytes: files[path]!) }
        draft.unchanged = UnchangedSite(inputs: "inputs", pages: 1, cells: 0, warnings: [])
        try draft.install()
    }

    @Test func theRecordOfAChangedSiteIsMadeWithoutAWalkAndIsTheWalksKey() throws {
        try write(site)
        let absolute = URL(fileURLWithPath: out).standardizedFileURL.path
        FolderListing.countWalks(of: absolute)
        var changed = site
        changed["page.html"] = Array("page, edited".utf8)
        try write(changed)
        #expect(FolderListing.walks(of: absolute) == 1, "only the walk that finds the site to replace")
        #expect(UnchangedSite.matching("inputs", output: out, in: cache) != nil)
        #expect(UnchangedSite.matching("other inputs", output: out, in: cache) == nil)
    }

    @Test func aSiteUnchangedOrChangedByHandAfterwardsIsTold() throws {
        try write(site)
        try write(site)  // nothing changed: the folder is left as it is
        #expect(UnchangedSite.matching("inputs", output: out, in: cache) != nil)
        usleep(20_000)
        try TestSupport.write("by hand", to: out + "/a/d/e.txt")
        #expect(UnchangedSite.matching("inputs", output: out, in: cache) == nil)
    }

    @Test func theWalkOrderIsFolderByFolder() {
        let paths = ["a.html", "a-b/c.txt", "a/b.svg", "a", "a-b", "a/d/e.txt", "a/d", "page.html"]
        #expect(
            OutputStamps.walkOrdered(paths) == [
                "a", "a/b.svg", "a/d", "a/d/e.txt", "a-b", "a-b/c.txt", "a.html", "page.html",
            ])
    }
}
