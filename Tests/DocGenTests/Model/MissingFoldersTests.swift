import DocGenModel
import DocGenTestSupport
import Foundation
import Testing

/// Which folders do not exist (`MissingFolders`): a build asks once per page instead of once per cell file, so what it
/// says must be what looking up a file in the folder would say.
@Suite struct MissingFoldersTests {
    let folder: String

    init() throws {
        folder = try TestSupport.temporaryFolder("missing-folders")
        try TestSupport.write("text\n", to: folder + "/page/cell.txt")
    }

    /// What a fresh `MissingFolders` says of each of `folders`, asked in order.
    func missing(_ folders: [String]) -> [Bool] {
        var missing = MissingFolders()
        return folders.map { missing.isMissing(folder + "/" + $0) }
    }

    @Test func aFolderThatExistsIsNotMissingAndOneThatDoesNotIs() {
        #expect(missing(["page", "other", "other/deeper"]) == [false, true, true])
    }

    @Test func aFolderUnderAFileIsMissing() {
        #expect(missing(["page/cell.txt/inside"]) == [true])
    }

    @Test func aLinkToAFolderIsNotMissing() throws {
        try FileManager.default.createSymbolicLink(atPath: folder + "/linked", withDestinationPath: folder + "/page")
        #expect(missing(["linked"]) == [false])
    }

    @Test func eachFolderIsLookedUpOnceAFreshOneLooksAgain() throws {
        var missing = MissingFolders()
        let before = missing.isMissing(folder + "/later")
        try FileManager.default.createDirectory(atPath: folder + "/later", withIntermediateDirectories: true)
        let after = missing.isMissing(folder + "/later")
        #expect(before && after)
        #expect(self.missing(["later"]) == [false])
    }
}
