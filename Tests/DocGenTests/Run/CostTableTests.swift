@testable import DocGenRun
import DocGenTestSupport
import Foundation
import Testing

/// The cost table shards split by (`CostTable`): gathered from each cell's cost file, or, for the cells a build did
/// not load (their pages were kept from the last build), kept from the table.
@Suite struct CostTableTests {
    @Test func aGatherReadsEachCellsCostFileAndDropsCellsLeftOut() throws {
        let cache = try TestSupport.temporaryFolder("costs")
        CostTable.store(1.5, id: "a/one", cacheDirectory: cache)
        CostTable.store(0.25, id: "b/two", cacheDirectory: cache)
        CostTable.gather(["a/one", "b/two"], cacheDirectory: cache)
        #expect(CostTable.read(cacheDirectory: cache) == ["a/one": 1.5, "b/two": 0.25])
        CostTable.gather(["b/two"], cacheDirectory: cache)
        #expect(CostTable.read(cacheDirectory: cache) == ["b/two": 0.25])
    }

    @Test func cellsNotLoadedKeepTheTablesCostAndOnlyLoadedOnesAreRead() throws {
        let cache = try TestSupport.temporaryFolder("costs-loaded")
        CostTable.store(1.5, id: "a/one", cacheDirectory: cache)
        CostTable.store(0.25, id: "b/two", cacheDirectory: cache)
        CostTable.gather(["a/one", "b/two"], cacheDirectory: cache)
        CostTable.store(9, id: "a/one", cacheDirectory: cache)  // not loaded by the next build: its file is not read
        CostTable.store(2, id: "b/two", cacheDirectory: cache)
        CostTable.store(3, id: "c/new", cacheDirectory: cache)  // not in the table yet: read
        CostTable.gather(["a/one", "b/two", "c/new"], loaded: ["b/two"], cacheDirectory: cache)
        #expect(CostTable.read(cacheDirectory: cache) == ["a/one": 1.5, "b/two": 2, "c/new": 3])
    }

    /// A build or check of every cell keeps the costs of the cells it executed in memory (`CostTable.Ledger`), not in
    /// a file per cell: those costs win, replacing an older shard's file; a loaded cell with no file keeps the table's.
    @Test func measuredCostsWinOverFilesAndTheTableAndLeaveNoFiles() throws {
        let cache = try TestSupport.temporaryFolder("costs-measured")
        CostTable.store(1.5, id: "a/one", cacheDirectory: cache)
        CostTable.store(0.25, id: "b/two", cacheDirectory: cache)
        CostTable.gather(["a/one", "b/two", "c/three"], cacheDirectory: cache)
        let ledger = CostTable.Ledger()
        ledger.record(4, id: "a/one")
        ledger.record(5, id: "c/three")
        try FileManager.default.removeItem(atPath: cache + "/b/two.cost")  // loaded from the cache, no file
        CostTable.gather(
            ["a/one", "b/two", "c/three"], loaded: ["a/one", "b/two", "c/three"], measured: ledger.costs,
            cacheDirectory: cache)
        #expect(CostTable.read(cacheDirectory: cache) == ["a/one": 4, "b/two": 0.25, "c/three": 5])
        #expect(!FileManager.default.fileExists(atPath: cache + "/a/one.cost"))
        #expect(!FileManager.default.fileExists(atPath: cache + "/c/three.cost"))
    }

    /// A kept cost whose text is already `%.3f`'s is copied as it is (no formatting of thousands of numbers); any
    /// other text is formatted as before.
    @Test func aKeptCostIsWrittenAsFormattingItWouldWriteIt() {
        for seconds in [0, 0.001, 0.0125, 0.5, 1.5, 2.675, 59.999, 1234.5678, 9_999_999.999] {
            let text = String(format: "%.3f", seconds)
            #expect(CostTable.formatted(Double(text)!, text: Substring(text)) == text)
        }
        for text in ["1.5", "01.500", "1.2345", "1e3", ".500", "123456789012345.000"] {
            #expect(CostTable.formatted(Double(text)!, text: Substring(text)) == String(format: "%.3f", Double(text)!))
        }
    }
}
