import DocGenTestSupport
import Foundation
import Testing

/// A cache folder copied elsewhere (CI restoring it in another checkout, `cp -R`) still compiles: swiftc's module cache
/// records absolute paths, so each place of the cache folder gets a module cache of its own (`ScenarioCompiler`);
/// copied, it made every compile fail with "missing required module 'SwiftShims'".
@Suite struct CopiedCacheEndToEndTests {
    @Test func aCopiedCacheCompilesAnEditedCell() throws {
        let work = try TestSupport.temporaryFolder("copied-cache")
        let content = try BadInputSupport.content([
            "page.md": Array("# Page\n\n## Hello\n\n```python\nprint(\"before\")\n```\n".utf8)
        ])
        let build = { (cache: String, out: String) in
            try DocgenBinary.run(
                ["build", "--content", content, "--out", work + "/" + out, "--cache", work + "/" + cache],
                environment: ["DOCGEN_COMPILE_CACHE": ""])
        }
        let first = try build("cache", "site")
        #expect(first.status == 0, "\(first.stderr)")
        let copy = Process()
        copy.executableURL = URL(fileURLWithPath: "/bin/cp")
        copy.arguments = ["-R", work + "/cache", work + "/copied"]
        try copy.run()
        copy.waitUntilExit()
        try TestSupport.write(
            try TestSupport.read(content + "/page.md").replacingOccurrences(of: "before", with: "after"),
            to: content + "/page.md")
        let second = try build("copied", "site-2")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(!second.stderr.contains("missing required module"), "\(second.stderr)")
        #expect(second.stderr.contains("1 compiled"), "\(second.stderr)")
        #expect(try TestSupport.read(work + "/site-2/page.html").contains("after"))
    }
}
