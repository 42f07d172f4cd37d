@testable import DocGenExplore
import DocGenModel
import DocGenTestSupport
import Foundation
import Testing
@_spi(Harness) @_spi(Search) import Threading

/// Three threads print a line each (one write a line) and bump a lock-guarded counter: many outputs, some reached
/// by several parts of a split search.
@Sendable private func threePrinters() throws {
    let lock = Lock()
    @Threading.Shared var total = 0
    let worker = def("worker") { (name: String) in
        print("\(name)\n", terminator: "")
        lock.with { total += 1 }
    }
    let threads = ["a", "b", "c"].map { Threading.Thread(target: worker, args: $0) }
    for thread in threads { try thread.start() }
    for thread in threads { try thread.join() }
    print("total \(total)\n", terminator: "")
}

/// A waiter whose time-out falls due with the sleeper's notification: either may come first.
@Sendable private func timeOutRace() throws {
    let event = Event()
    let setter = Threading.Thread {
        time.sleep(1)
        print("setting\n", terminator: "")
        event.set()
    }
    try setter.start()
    print("got \(event.wait(timeout: 1))\n", terminator: "")
    try setter.join()
}

/// The split search (`SplitExplorer`): shards merged give exactly what one process exploring every part gives,
/// whatever the number of shards and of cores, and the outputs the search in one piece finds.
@Suite struct SplitExplorerTests {
    private static let cell = "page/cell"

    private func report(_ exploration: Exploration) throws -> String {
        try ExplorationReport.text(exploration, scenarioID: Self.cell, limit: nil)
            + String(decoding: exploration.json(eventsForTop: 10), as: UTF8.self)
    }

    /// Each shard of `count` explored apart and written as its file would be, then merged.
    private func merged(
        _ explorer: SplitExplorer, _ program: @escaping @Sendable () throws -> Void, shards count: Int
    ) throws -> Exploration {
        let files = try (1...count).map { index in
            try explorer.shard(program, cell: Self.cell, index: index, of: count).json()
        }
        let names = (1...count).map { "shard-\($0).json" }
        let read = try zip(files, names).map { try ShardResult(json: $0, file: $1) }
        return try explorer.merge(read.reversed(), files: names.reversed(), cell: Self.cell, main: program)
    }

    @Test(arguments: [1, 2, 3])
    func shardsMergedAreOneSearchByteForByte(shards: Int) throws {
        let explorer = SplitExplorer(search: ExhaustiveSearch(), jobs: 1)
        let whole = try explorer.explore(threePrinters, cell: Self.cell)
        #expect(whole.isComplete)
        #expect(try report(merged(explorer, threePrinters, shards: shards)) == report(whole))
    }

    @Test func twoCoresGiveWhatOneGives() throws {
        let one = try SplitExplorer(search: ExhaustiveSearch(), jobs: 1).explore(threePrinters, cell: Self.cell)
        let two = try SplitExplorer(search: ExhaustiveSearch(), jobs: 2).explore(threePrinters, cell: Self.cell)
        #expect(try report(two) == report(one))
    }

    @Test(arguments: [0, 1])
    func theSplitSearchFindsWhatTheSearchInOnePieceFinds(program: Int) throws {
        let main = [threePrinters, timeOutRace][program]
        let split = try SplitExplorer(search: ExhaustiveSearch(), jobs: 1).explore(main, cell: Self.cell)
        let whole = ExhaustiveExplorer().explore(main)
        #expect(split.isComplete && whole.isComplete)
        #expect(Set(split.groups.map(\.output)) == Set(whole.groups.map(\.output)))
        #expect(split.groups.count == whole.groups.count)
        // One execution per class either way: the same count of runs for every output.
        #expect(split.runs == whole.runs)
        #expect(
            Dictionary(uniqueKeysWithValues: split.groups.map { ($0.output, $0.count) })
                == Dictionary(uniqueKeysWithValues: whole.groups.map { ($0.output, $0.count) }))
        #expect(split.search?.parts ?? 0 >= 1)
        // Every representative replays to its output.
        for group in split.groups {
            var options = RunOptions()
            options.schedule = .replay(group.schedule)
            #expect(OutputTally.combinedOutput(of: runProgram(options, main: main)) == group.output)
        }
    }

    @Test func aBudgetCutsEveryPartAlikeHoweverItIsSplit() throws {
        let explorer = SplitExplorer(search: ExhaustiveSearch(maxExecutions: 40), jobs: 2)
        let whole = try explorer.explore(threePrinters, cell: Self.cell)
        #expect(!whole.isComplete)
        #expect(whole.search?.budget == 40)
        #expect(ExplorationReport.headline(whole, whole.search!).hasPrefix("at least "))
        #expect(try report(merged(explorer, threePrinters, shards: 3)) == report(whole))
    }

    @Test func shardsThatAreNotOneSearchAreOneLineErrors() throws {
        let explorer = SplitExplorer(search: ExhaustiveSearch(), jobs: 1)
        let shards = (1...3).map { explorer.shard(timeOutRace, cell: Self.cell, index: $0, of: 3) }
        let names = ["one.json", "two.json", "three.json"]
        func error(_ shards: [ShardResult], cell: String = Self.cell) -> String {
            do {
                _ = try ShardResult.merge(shards, files: Array(names.prefix(shards.count)), cell: cell)
                return "merged"
            } catch {
                return error.description
            }
        }
        #expect(error([shards[0], shards[1]]) == "shard 3/3 is missing: merge the files of all 3 shards")
        #expect(error([shards[0], shards[1], shards[1]]).contains("three.json explores part 2 again"))
        #expect(error(shards, cell: "other/cell") == "one.json explored page/cell, not other/cell")
        var otherSettings = shards[1]
        otherSettings.settings.preemptionBound = 1
        #expect(error([shards[0], otherSettings, shards[2]]).hasPrefix("two.json was explored with other settings"))
        var otherProgram = shards[2]
        otherProgram.digest = "0"
        #expect(
            error([shards[0], shards[1], otherProgram])
                == "three.json split another program than one.json (its parts differ)")
        let other = SplitExplorer(search: ExhaustiveSearch(), jobs: 1).shard(
            timeOutRace, cell: Self.cell, index: 1, of: 2)
        #expect(error([shards[0], other]).contains("merge the shards of one split"))
        #expect(error(shards) == "merged")
        #expect(throws: ShardMergeError.self) { try ShardResult(json: Data("{}".utf8), file: "x.json") }
    }
}
