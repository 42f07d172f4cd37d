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
