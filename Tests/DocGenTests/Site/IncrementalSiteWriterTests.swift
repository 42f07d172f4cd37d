@testable import DocGenSite
import DocGenTestSupport
import Foundation
import Testing

/// A site written over an earlier one changes only the files whose bytes differ: the rest keep their inode and
/// modification time, and when nothing differs the output folder is not touched at all.
@Suite struct IncrementalSiteWriterTests {
    let folder: String
    let out: String
    let site: [String: [UInt8]] = [
        ".docgen-site": Array("marker\n".utf8), "index.html": Array("index".utf8),
        "page.html": Array("page".utf8), "page-figures/a.svg": Array("<svg/>".utf8),
        "assets/docgen.css": Array(String(repeating: "body {}\n", count: 20_000).utf8),
    ]

    init() throws {
        folder = try TestSupport.temporaryFolder()
        out = folder + "/site"
    }

    @Test func theSameFilesAgainLeaveEveryFileAndFolderAsItWas() throws {
        try SiteWriter.write(site, to: out)
        let before = FileIdentity.all(in: out)
        usleep(20_000)  // a rewrite would show in the modification times
        var draft = try SiteWriter.begin(out, marker: site[".docgen-site"]!)
        for path in site.keys.sorted() where path != ".docgen-site" { try draft.add(path, bytes: site[path]!) }
        let changes = try draft.install()
        #expect(changes.isEmpty)
        #expect(changes.unchanged == site.count)
        #expect(FileIdentity.all(in: out) == before)
        // Beside it only the lock file came and went: no temporary folder was made.
        #expect(try BadInputSupport.docgenSiblings(in: folder) == [])
    }

    @Test func oneChangedFileIsTheOnlyOneWritten() throws {
        try SiteWriter.write(site, to: out)
        let before = FileIdentity.files(in: out)
        var changed = site
        changed["page.html"] = Array("page, edited".utf8)
        var draft = try SiteWriter.begin(out, marker: site[".docgen-site"]!)
        for path in changed.keys.sorted() where path != ".docgen-site" { try draft.add(path, bytes: changed[path]!) }
        let changes = try draft.install()
        #expect(changes.written == ["page.html"])
        #expect(changes.removed == [])
        #expect(FileIdentity.changed(before, FileIdentity.files(in: out)) == ["page.html"])
        #expect(BadInputSupport.files(in: out) == changed.mapValues { Data($0) })
        #expect(try BadInputSupport.docgenSiblings(in: folder) == [])
    }

    @Test func aFileThatOnlyGrowsOrShrinksIsWrittenWhole() throws {
        let long = Array(String(repeating: "0123456789", count: 20_000).utf8)
        try SiteWriter.write([".docgen-site": [], "a.txt": long, "b.txt": long], to: out)
        try SiteWriter.write([".docgen-site": [], "a.txt": long + [65], "b.txt": Array(long.dropLast())], to: out)
        let files = try #require(BadInputSupport.files(in: out))
        #expect(files["a.txt"] == Data(long + [65]))
        #expect(files["b.txt"] == Data(long.dropLast()))
    }

    @Test func filesAndFoldersTheNewSiteLacksAreRemoved() throws {
        try SiteWriter.write(site, to: out)
        var smaller = site
        smaller["page-figures/a.svg"] = nil
        var draft = try SiteWriter.begin(out, marker: site[".docgen-site"]!)
        for path in smaller.keys.sorted() where path != ".docgen-site" { try draft.add(path, bytes: smaller[path]!) }
        let changes = try draft.install()
        #expect(changes.written == [])
        #expect(changes.removed == ["page-figures/a.svg"])
        #expect(!FileManager.default.fileExists(atPath: out + "/page-figures"))
        #expect(BadInputSupport.files(in: out) == smaller.mapValues { Data($0) })
    }

    @Test func aFilePutIntoTheSiteByHandIsRemovedAndAnEditedOneRestored() throws {
        try SiteWriter.write(site, to: out)
        try TestSupport.write("mine", to: out + "/notes.txt")
        try TestSupport.write("edited by hand", to: out + "/index.html")
        try SiteWriter.write(site, to: out)
        #expect(BadInputSupport.files(in: out) == site.mapValues { Data($0) })
    }

    @Test func aWriteErrorAfterUnchangedFilesLeavesTheOldSiteAndNoTemporaryFolder() throws {
        try SiteWriter.write(site, to: out)
        let before = FileIdentity.all(in: out)
        var draft = try SiteWriter.begin(out, marker: site[".docgen-site"]!)
        try draft.add("index.html", bytes: site["index.html"]!)
        try draft.add("a", bytes: Array("new".utf8))
        #expect {
            try draft.add("a/b", bytes: Array("y".utf8))  // its folder would be the file "a"
        } throws: { error in
            guard case .unwritable(_, let reason) = error as? RenderError else { return false }
            return reason.hasPrefix("cannot create the folder a: ")
        }
        #expect(FileIdentity.all(in: out) == before)
        #expect(BadInputSupport.files(in: out) == site.mapValues { Data($0) })
        #expect(try BadInputSupport.docgenSiblings(in: folder) == [])
    }

    @Test func aDraftDroppedAfterAChangedFileLeavesTheOldSiteWhole() throws {
        try SiteWriter.write(site, to: out)
        let before = FileIdentity.all(in: out)
        do {
            var draft = try SiteWriter.begin(out, marker: site[".docgen-site"]!)
            try draft.add("page.html", bytes: Array("changed".utf8))
            try draft.add("index.html", bytes: site["index.html"]!)
        }
        #expect(FileIdentity.all(in: out) == before)
        #expect(try BadInputSupport.docgenSiblings(in: folder) == [])
    }

    @Test func aSymbolicLinkInTheSiteIsNeverFollowedOrKept() throws {
        try SiteWriter.write(site, to: out)
        try TestSupport.write("page", to: folder + "/elsewhere.html")
        try FileManager.default.removeItem(atPath: out + "/page.html")
        try FileManager.default.createSymbolicLink(atPath: out + "/page.html", withDestinationPath: "../elsewhere.html")
        try SiteWriter.write(site, to: out)
        let attributes = try FileManager.default.attributesOfItem(atPath: out + "/page.html")
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
        #expect(try TestSupport.read(folder + "/elsewhere.html") == "page")
    }
}
