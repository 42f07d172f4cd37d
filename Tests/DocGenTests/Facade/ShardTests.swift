@testable import DocGen
@testable import DocGenModel
@testable import DocGenRun
import DocGenTestSupport
import Testing

/// `--shard I/N`: every cell in exactly one share, the same split every time, balanced by cost.
@Suite struct ShardTests {
    func cells(_ count: Int) -> [MappedCell] {
        (0..<count).map { n in
            MappedCell(
                page: "p", cell: CodeCell(id: "c\(n)", source: "", line: n + 1),
                scenario: ScenarioSource(text: "", path: "p/c\(n).swift"))
        }
    }

    @Test func everyCellIsInExactlyOneShareAndTheSplitIsStable() throws {
        let all = cells(10)
        for count in 1...4 {
            let shares = (1...count).map { Shard(index: $0, count: count)!.select(all, costs: [:]) }
            #expect(shares.flatMap { $0.map(\.id) }.sorted() == all.map(\.id).sorted())
            #expect(shares.map(\.count).max()! - shares.map(\.count).min()! <= 1)
            let again = (1...count).map { Shard(index: $0, count: count)!.select(all, costs: [:]) }
            #expect(again == shares)
        }
    }

    @Test func sharesAreBalancedByCost() throws {
        let all = cells(6)
        let costs = ["p/c0": 1, "p/c1": 1, "p/c2": 5, "p/c3": 1, "p/c4": 1, "p/c5": 1.0]
        #expect(Shard(index: 1, count: 2)!.select(all, costs: costs).map(\.id) == ["p/c2"])
        #expect(
            Shard(index: 2, count: 2)!.select(all, costs: costs).map(\.id) == ["p/c0", "p/c1", "p/c3", "p/c4", "p/c5"])
    }

    @Test func onlyIOfNWithOneAtMostIAtMostNParses() {
        #expect(Shard(parsing: "2/3") == Shard(index: 2, count: 3))
        #expect(Shard(parsing: "1/1") != nil)
        for bad in ["0/3", "4/3", "1/0", "a/b", "+1/2", "1/", "/2", "1/2/3", "1.0/2", " 1/2", "3"] {
            #expect(Shard(parsing: bad) == nil, "\(bad)")
        }
    }
}
