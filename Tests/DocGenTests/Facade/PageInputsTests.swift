@testable import DocGen
@testable import DocGenModel
@testable import DocGenParse
@testable import DocGenRun
import DocGenSite
import DocGenTestSupport
import Foundation
import Testing

/// A page's key (`PageInputs`) is read from its files before anything runs, and changes with what its files are made
/// from and only with that: its Markdown, its cells' scenario files and recordings, every page's title (each sidebar
/// lists them) and what decides cells' results; the same across processes (no seeded hashing, no dictionary order).
@Suite struct PageInputsTests {
    let content: String
    let recordings: String

    init() throws {
        let folder = try TestSupport.temporaryFolder("page-inputs")
        content = folder + "/content"
        recordings = folder + "/recordings"
        try TestSupport.write("# One\n\nProse.\n\n## First\n\n```python\nprint(1)\n```\n", to: content + "/one.md")
        try TestSupport.write("# Two\n\n## Second\n\n```python\nprint(2)\n```\n", to: content + "/two.md")
    }

    func builder(timeout: Double = 30) -> SiteBuilder {
        let settings = ExecutionSettings(command: .docgen("/bin/docgen"), timeout: timeout, cacheDirectory: nil)
        return SiteBuilder(
            executor: CellExecutor(settings: settings), decorators: [FidelityDecorator(recordings: recordings)],
            recordings: recordings)
    }

    func keys(_ builder: SiteBuilder? = nil) throws -> [String: String] {
        let documents = try ContentLoader.load(content)
        return PageInputs(builder: builder ?? self.builder(), contentFolder: content).keys(documents)
    }

    @Test func theSameInputsGiveTheSameKeys() throws {
        let keys = try keys()
        #expect(keys == (try self.keys()))
        #expect(Set(keys.keys) == ["one", "two"])
        #expect(Set(keys.values).count == 2)
    }

    @Test func aProseEditChangesItsPagesKeyAlone() throws {
        let before = try keys()
        try TestSupport.write(
            "# One\n\nProse, edited.\n\n## First\n\n```python\nprint(1)\n```\n", to: content + "/one.md")
        let after = try keys()
        #expect(before["one"] != after["one"])
        #expect(before["two"] == after["two"])
    }

    @Test func aTitleChangesEveryPagesKeyForEverySidebarListsIt() throws {
        let before = try keys()
        try TestSupport.write("# Two, renamed\n\n## Second\n\n```python\nprint(2)\n```\n", to: content + "/two.md")
        let after = try keys()
        #expect(before["one"] != after["one"])
        #expect(before["two"] != after["two"])
    }

    @Test func aCellsRecordingOrScenarioFileChangesItsPagesKeyAlone() throws {
        let before = try keys()
        try TestSupport.write("recorded\n", to: recordings + "/two/second.txt")
        let recorded = try keys()
        #expect(recorded["two"] != before["two"])
        #expect(recorded["one"] == before["one"])
        try TestSupport.write("recorded again\n", to: recordings + "/two/second.txt")
        #expect(try keys()["two"] != recorded["two"])
        try TestSupport.write("print(1)\n", to: content + "/one/first.swift")
        let scenario = try keys()
        #expect(scenario["one"] != before["one"])
        #expect(scenario["two"] == (try keys())["two"])
    }

    /// A page whose scenario and recordings folders are missing is keyed without looking up each cell's files there
    /// (`MissingFolders`), as when they exist and hold none of its cells' files.
    @Test func aMissingPageFolderKeysItsCellsFilesAsMissing() throws {
        let missing = try keys()
        try FileManager.default.createDirectory(atPath: content + "/one", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: recordings + "/one", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: recordings + "/two", withIntermediateDirectories: true)
        #expect(try keys() == missing)
    }

    @Test func whatDecidesCellsResultsChangesEveryKey() throws {
        let before = try keys()
        let after = try keys(builder(timeout: 31))
        #expect(before["one"] != after["one"])
        #expect(before["two"] != after["two"])
    }

    @Test func aPageWhoseMarkdownCannotBeReadHasNoKey() throws {
        let documents = try ContentLoader.load(content)
        try FileManager.default.removeItem(atPath: content + "/one.md")
        let keys = PageInputs(builder: builder(), contentFolder: content).keys(documents)
        #expect(keys["one"] == nil)
        #expect(keys["two"] != nil)
    }
}
