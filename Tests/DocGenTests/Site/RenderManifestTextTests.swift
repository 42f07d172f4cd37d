import DocGenTestSupport
import Foundation
import Testing

@testable import DocGenSite

/// The render manifest's own text form (`RenderManifest+Text`): what is written is read back the same, names with
/// tabs, newlines and backslashes included, and anything else is no manifest.
struct RenderManifestTextTests {
    func manifest() -> RenderManifest {
        var manifest = RenderManifest(output: "/tmp/a site\twith\ttabs")
        manifest.pages["one"] = RenderManifest.Page(
            key: "k1", files: ["one.html", "one-figures/a.svg"], indexRows: [0, 12])
        manifest.pages["odd\nname\\x"] = RenderManifest.Page(key: "k2", files: ["odd\nname\\x.html"], indexRows: nil)
        manifest.pages["empty"] = RenderManifest.Page(key: "k3", files: [], indexRows: [12, 0])
        manifest.stamps["one.html"] = RenderManifest.Stamp(device: 2049, inode: 42, size: 1234, modified: -5)
        manifest.stamps["odd\nname\\x.html"] = RenderManifest.Stamp(
            device: .max, inode: 7, size: 0, modified: 1_796_648_569_263_109_309)
        manifest.stamps["one-figures/a.svg"] = RenderManifest.Stamp(device: 2049, inode: 43, size: 6, modified: 9)
        manifest.digests["one-figures/a.svg"] = String(repeating: "ab", count: 32)
        return manifest
    }

    @Test func whatIsWrittenIsReadBackTheSame() {
        let written = manifest()
        #expect(RenderManifest(text: written.text()) == written)
        #expect(written.text() == RenderManifest(text: written.text())?.text(), "the same manifest, the same bytes")
    }

    @Test func anythingElseIsNoManifest() {
        var text = manifest().text()
        #expect(RenderManifest(text: []) == nil)
        #expect(RenderManifest(text: Array("{\"version\":2}".utf8)) == nil, "a manifest of the JSON versions")
        text += Array("stamp\tx\t1\t2\tthree\t4\n".utf8)
        #expect(RenderManifest(text: text) == nil)
        #expect(RenderManifest(text: manifest().text() + Array("file\tbad\\q\n".utf8)) == nil)
    }
}
