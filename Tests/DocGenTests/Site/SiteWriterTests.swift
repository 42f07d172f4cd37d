@testable import DocGenSite
import DocGenTestSupport
import Foundation
import Testing

@Suite struct SiteWriterTests {
    @Test func replacesAPreviousSiteAsAWhole() throws {
        let folder = try TestSupport.temporaryFolder()
        let out = folder + "/site"
        try SiteWriter.write([".docgen-site": [], "old.html": Array("old".utf8)], to: out)
        try SiteWriter.write([".docgen-site": [], "new.html": Array("new".utf8)], to: out)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == [".docgen-site", "new.html"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["site"])
    }

    @Test func refusesToReplaceAFolderDocgenDidNotWrite() throws {
        let folder = try TestSupport.temporaryFolder()
        try TestSupport.write("precious", to: folder + "/src/main.c")
        #expect(throws: RenderError.notASite(path: folder + "/src")) {
            try SiteWriter.write(["index.html": []], to: folder + "/src")
        }
        #expect(try TestSupport.read(folder + "/src/main.c") == "precious")
    }

    @Test func anUnwritableDestinationFailsAndLeavesNothingBehind() throws {
        let folder = try TestSupport.temporaryFolder()
        try TestSupport.write("a file, not a folder", to: folder + "/blocker")
        #expect {
            try SiteWriter.write(["index.html": []], to: folder + "/blocker/site")
        } throws: { error in
            guard case .unwritable(let path, _) = error as? RenderError else { return false }
            return path == folder + "/blocker/site"
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["blocker"])
    }

    @Test func anEmptyOutputPathIsAnError() {
        #expect(throws: RenderError.emptyOutputPath) { try SiteWriter.write(["index.html": []], to: "") }
    }

    @Test func aSecondWriterWaitsForTheLockThenGivesUpWithAClearError() throws {
        let folder = try TestSupport.temporaryFolder()
        let out = folder + "/site"
        let lock = try OutputLock.acquire(for: out, shownAs: "site", timeout: 1)
        #expect(throws: RenderError.busy(path: out, lock: folder + "/.site.docgen-lock")) {
            try SiteWriter.write(["index.html": []], to: out, lockTimeout: 0.2)
        }
        #expect(!FileManager.default.fileExists(atPath: out))
        lock.release()
        try SiteWriter.write(["index.html": []], to: out, lockTimeout: 0.2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["site"])
    }

    @Test func theOldSiteOfAnInterruptedFallbackSwapIsPutBack() throws {
        let folder = try TestSupport.temporaryFolder()
        try TestSupport.write("", to: folder + "/.site.docgen-old-a1b2c3/.docgen-site")
        try TestSupport.write("old", to: folder + "/.site.docgen-old-a1b2c3/index.html")
        SiteSiblings(out: folder + "/site").recoverInterruptedSwap()
        #expect(try TestSupport.read(folder + "/site/index.html") == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["site"])
    }

    @Test func aHalfDeletedDocgenFolderKeepsItsMarkerUntilTheEnd() throws {
        let folder = try TestSupport.temporaryFolder()
        try TestSupport.write("", to: folder + "/.site.docgen-tmp-a1b2c3/.docgen-site")
        try TestSupport.write("x", to: folder + "/.site.docgen-tmp-a1b2c3/assets/a.css")
        try TestSupport.write("y", to: folder + "/.site.docgen-tmp-zzzzzz/user.txt")
        SiteSiblings(out: folder + "/site").removeLeftovers()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [".site.docgen-tmp-zzzzzz"])
    }

    @Test func aLeftoverIsDeletedWithoutFollowingItsSymbolicLinks() throws {
        let folder = try TestSupport.temporaryFolder()
        try TestSupport.write("keep", to: folder + "/elsewhere/file.txt")
        try TestSupport.write("", to: folder + "/.site.docgen-tmp-a1b2c3/.docgen-site")
        try TestSupport.write("x", to: folder + "/.site.docgen-tmp-a1b2c3/page-figures/deep/a.svg")
        try FileManager.default.createSymbolicLink(
            atPath: folder + "/.site.docgen-tmp-a1b2c3/page-figures/link", withDestinationPath: folder + "/elsewhere")
        SiteSiblings(out: folder + "/site").removeLeftovers()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["elsewhere"])
        #expect(try TestSupport.read(folder + "/elsewhere/file.txt") == "keep")
    }

    @Test func aWriteErrorMidwayLeavesTheOldSiteAndRemovesTheTemporaryFolder() throws {
        let folder = try TestSupport.temporaryFolder()
        let out = folder + "/site"
        try SiteWriter.write([".docgen-site": [], "index.html": Array("old".utf8)], to: out)
        // "a" is written, then "a/b" cannot be: its folder would be the file "a".
        #expect {
            try SiteWriter.write([".docgen-site": [], "a": Array("x".utf8), "a/b": Array("y".utf8)], to: out)
        } throws: { error in
            guard case .unwritable(let path, let reason) = error as? RenderError else { return false }
            return path == out && reason.hasPrefix("cannot create the folder a: ")
        }
        #expect(try TestSupport.read(out + "/index.html") == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["site"])
        try SiteWriter.write([".docgen-site": [], "index.html": Array("new".utf8)], to: out, lockTimeout: 0.2)
        #expect(try TestSupport.read(out + "/index.html") == "new", "the failed write let go of the lock")
    }

    @Test func aDraftStreamsItsFilesToDiskAndOneDroppedUninstalledLeavesTheOldSite() throws {
        let folder = try TestSupport.temporaryFolder()
        let out = folder + "/site"
        try SiteWriter.write([".docgen-site": [], "index.html": Array("old".utf8)], to: out)
        do {
            let draft = try SiteWriter.begin(out, marker: [])
            try draft.add("big.html") { stream in
                for _ in 0..<100 { stream.write(String(repeating: "x", count: 10_000)) }
            }
            let temporary = try #require(
                try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.contains(".docgen-tmp-") })
            let written = try FileManager.default.attributesOfItem(atPath: folder + "/" + temporary + "/big.html")
            #expect(written[.size] as? Int == 1_000_000)
        }
        #expect(try TestSupport.read(out + "/index.html") == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["site"])
    }
}
