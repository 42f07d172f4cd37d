@testable import DocGen
@testable import DocGenModel
@testable import DocGenRun
import DocGenSite
import DocGenTestSupport
import Foundation
import Testing
@_spi(Harness) import Threading

/// A cell's kept rendering (`CellFragmentCache`) is found only under the key of everything it is rendered from: a
/// change to the renderer, the decorators, the cell's options, source or shown name, its transcript or exploration, or
/// its CPython recording gives another key, so a stale rendering is never spliced; and what is stored is read back
/// exactly, whatever bytes it holds.
@Suite struct CellFragmentCacheTests {
    let folder: String
    let recordings: String

    init() throws {
        folder = try TestSupport.temporaryFolder("cell-fragments")
        recordings = folder + "/recordings"
    }

    func builder(identity: String = "renderer 1", decorators: [any CellDecorator]? = nil) -> SiteBuilder {
        let settings = ExecutionSettings(command: .docgen("/bin/docgen"), timeout: 30, cacheDirectory: folder)
        var builder = SiteBuilder(
            executor: CellExecutor(settings: settings),
            decorators: decorators ?? [ExplorationDecorator(), FidelityDecorator(recordings: recordings)],
            recordings: recordings)
        builder.rendererIdentity = identity
        return builder
    }

    func cell(options: CellOptions = CellOptions(), source: String = "print(1)\n") -> MappedCell {
        MappedCell(
            page: "page", cell: CodeCell(id: "cell", source: source, line: 3, options: options),
            scenario: ScenarioSource(text: "print(1)", path: "content/page/cell.swift"))
    }

    func execution(
        _ cell: MappedCell, transcript: String? = "t1", exploration: String? = "e1", warnings: [String] = []
    ) -> CellExecution {
        var execution = CellExecution(
            job: CellJob(cell), run: .finished(RunResult(events: [], outcome: .completed, schedule: "default")),
            warnings: warnings, cached: true)
        execution.isInCache = true
        execution.transcriptDigest = transcript
        execution.explorationDigest = exploration
        if exploration != nil { execution.explorationJSON = "{}" }
        return execution
    }

    func key(_ builder: SiteBuilder? = nil, cell: MappedCell? = nil, execution: CellExecution? = nil) -> String? {
        let cell = cell ?? self.cell()
        return CellFragmentCache(directory: folder, builder: builder ?? self.builder())
            .key(cell, execution ?? self.execution(cell))
    }

    @Test func theSameInputsGiveTheSameKey() throws {
        let first = try #require(key())
        #expect(first == key())
    }

    @Test func aRendererChangeGivesAnotherKey() {
        #expect(key() != key(builder(identity: "renderer 2")))
    }

    @Test func otherDecoratorsGiveAnotherKey() {
        #expect(key() != key(builder(decorators: [ExplorationDecorator(), TimelineDecorator()])))
        #expect(
            key() != key(builder(decorators: [ExplorationDecorator(), FidelityDecorator(recordings: "elsewhere")])))
    }

    @Test func anOptionOrSourceChangeGivesAnotherKey() {
        #expect(key() != key(cell: cell(options: CellOptions(fidelity: .multiset))))
        #expect(key() != key(cell: cell(options: CellOptions(expect: .error))))
        #expect(key() != key(cell: cell(source: "print(2)\n")))
    }

    @Test func anotherTranscriptExplorationOrRecordingGivesAnotherKey() throws {
        let cell = cell()
        let before = key()
        #expect(before != key(execution: execution(cell, transcript: "t2")))
        #expect(before != key(execution: execution(cell, exploration: "e2")))
        #expect(before != key(execution: execution(cell, exploration: nil)))
        try TestSupport.write("recorded\n", to: recordings + "/page/cell.txt")
        #expect(before != key())
    }

    @Test func aCellNotShownFromTheResultCacheOrWithAWarningHasNoKey() {
        let cell = cell()
        #expect(key(execution: execution(cell, transcript: nil)) == nil)
        #expect(key(execution: execution(cell, warnings: ["careful"])) == nil)
        var notStored = execution(cell)
        notStored.isInCache = false
        #expect(key(execution: notStored) == nil)
        var undigested = execution(cell, exploration: nil)
        undigested.explorationJSON = "{}"
        #expect(key(execution: undigested) == nil, "an exploration without its digest cannot be named")
    }

    @Test func aStoredFragmentIsReadBackUnderItsKeyOnly() throws {
        let cache = CellFragmentCache(directory: folder, builder: builder())
        let fragment = CellFragment(
            pieces: ["<section>\n12\nlines\u{0}with any bytes: é\n<figcaption>Swift · ", "</figcaption></section>\n"],
            files: ["page-figures/cell-1.svg": "<svg>\n3\n</svg>", "page-figures/cell-outcomes.html": ""])
        cache.store("page/cell", key: "k1", fragment: fragment, checkFailure: "has a wrong model:\nsee it")
        let read = try #require(cache.load("page/cell", key: "k1"))
        #expect(read.fragment == fragment)
        #expect(read.checkFailure == "has a wrong model:\nsee it")
        #expect(cache.load("page/cell", key: "k2") == nil)
        cache.store("page/cell", key: "k2", fragment: CellFragment(pieces: ["x", ""]), checkFailure: nil)
        #expect(cache.load("page/cell", key: "k1") == nil)
        #expect(try #require(cache.load("page/cell", key: "k2")).checkFailure == nil)
    }

    @Test func aDamagedFragmentIsNotRead() throws {
        let cache = CellFragmentCache(directory: folder, builder: builder())
        cache.store("page/cell", key: "k1", fragment: CellFragment(pieces: ["<p>whole", "</p>"]), checkFailure: nil)
        let path = folder + "/page/cell.fragment"
        let text = try TestSupport.read(path)
        try TestSupport.write(String(text.dropLast(3)), to: path)
        #expect(cache.load("page/cell", key: "k1") == nil)
    }
}
