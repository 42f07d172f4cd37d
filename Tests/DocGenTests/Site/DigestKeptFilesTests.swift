import DocGenModel
@testable import DocGenSite
import DocGenTestSupport
import Foundation
import Testing

/// A file added whole (`SiteFiles.add(_:text:)`: a drawing, a table, an asset) that the output still holds as the
/// last build left it (its stamp is the manifest's) and whose digest in the manifest is that of the text added now is
/// kept without being opened; any other is compared and written as before, so the site is always the text added.
@Suite struct DigestKeptFilesTests {
    let folder: String
    let out: String
    let cache: String
    let site: [String: String] = [
        "page.html": "page", "page-figures/a.svg": "<svg>a</svg>", "page-figures/b.svg": "<svg>b</svg>",
    ]

    init() throws {
        folder = try TestSupport.temporaryFolder()
        out = folder + "/site"
        cache = folder + "/cache"
    }

    @discardableResult
    func write(_ files: [String: String], manifest: Bool = true) throws -> SiteDraft.Changes {
        let draft = try SiteWriter.begin(out, marker: Array("marker\n".utf8), manifestFolder: manifest ? cache : nil)
        for path in files.keys.sorted() { try draft.add(path, text: files[path]!) }
        return try draft.install()
    }

    /// Writes `bytes` over the file at `path` in place and gives it back its modification time: its stamp (device,
    /// inode, size, modification time) is the one the manifest has.
    func overwriteKeepingStamp(_ path: String, with bytes: String) throws {
        let file = out + "/" + path
        var status = stat()
        #expect(lstat(file, &status) == 0)
        let handle = try #require(FileHandle(forWritingAtPath: file))
        try handle.write(contentsOf: Data(bytes.utf8))
        try handle.close()
        var times = [status.st_atim, status.st_mtim]
        #expect(utimensat(AT_FDCWD, file, &times, 0) == 0)
    }

    @Test func aFileTheManifestVouchesForIsNotRead() throws {
        try write(site)
        // Same size, other bytes, same stamp: only a build that reads the file would notice.
        try overwriteKeepingStamp("page-figures/a.svg", with: "<svg>X</svg>")
        let changes = try write(site)
        #expect(changes.isEmpty)
        #expect(try TestSupport.read(out + "/page-figures/a.svg") == "<svg>X</svg>", "kept without being opened")
        // Without the manifest every file is compared: the file is put right.
        try write(site, manifest: false)
        #expect(try TestSupport.read(out + "/page-figures/a.svg") == "<svg>a</svg>")
    }

    @Test func aFileWhoseTextChangedIsWritten() throws {
        try write(site)
        var changed = site
        changed["page-figures/b.svg"] = "<svg>B</svg>"
        let changes = try write(changed)
        #expect(changes.written == ["page-figures/b.svg"])
        #expect(BadInputSupport.files(in: out)?["page-figures/b.svg"] == Data("<svg>B</svg>".utf8))
        // And the next build knows the new text's digest: nothing changes.
        #expect(try write(changed).isEmpty)
    }

    @Test func aFileEditedSinceIsComparedAndPutRight() throws {
        try write(site)
        usleep(20_000)  // another modification time
        try TestSupport.write("<svg>edited</svg>", to: out + "/page-figures/a.svg")
        let changes = try write(site)
        #expect(changes.written == ["page-figures/a.svg"])
        #expect(try TestSupport.read(out + "/page-figures/a.svg") == "<svg>a</svg>")
        #expect(try write(site).isEmpty)
    }

    @Test func aFileOnceAddedInPiecesHasNoDigestToTrust() throws {
        let draft = try SiteWriter.begin(out, marker: Array("marker\n".utf8), manifestFolder: cache)
        for path in site.keys.sorted() { try draft.add(path) { $0.write(site[path]!) } }
        try draft.install()
        try overwriteKeepingStamp("page-figures/a.svg", with: "<svg>X</svg>")
        let changes = try write(site)
        #expect(changes.written == ["page-figures/a.svg"], "compared, since no digest vouches for it")
        #expect(try TestSupport.read(out + "/page-figures/a.svg") == "<svg>a</svg>")
    }
}
