import Foundation
import Testing

@testable import DocGen

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
}
