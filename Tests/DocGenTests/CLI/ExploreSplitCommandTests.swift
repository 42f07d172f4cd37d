import DocGenTestSupport
import Foundation
import Testing

/// `docgen explore --exhaustive` split into parts, run as the built binary on a page of Python only: three shards
/// explored apart (`--shard I/3`, as three CI jobs would) and merged (`--merge`) print exactly what the split search
/// on one core and on two (`--jobs`) prints, with the outputs and counts of the search in one piece; shard files that
/// are not one search are one-line errors.
@Suite struct ExploreSplitCommandTests {
    /// Two threads read, then write, a global twice each: a lost update (outputs 2, 3 and 4).
    private static let page = """
        # Race

        ```python
        import threading

        count = 0

        def bump():
            global count
            for _ in range(2):
                value = count
                count = value + 1

        threads = [threading.Thread(target=bump) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        print(count)
        ```

        """

    private func project() throws -> (folder: String, options: [String]) {
        let folder = try TestSupport.temporaryFolder()
        try TestSupport.write(Self.page, to: folder + "/content/race.md")
        return (folder, ["--content", folder + "/content", "--cache", folder + "/cache"])
    }

    /// The outputs of a report with the count of each (`--- output K of N: C of E executions`, then the output).
    private func outputs(_ report: String) -> [String: String] {
        let blocks = report.components(separatedBy: "\n--- output ").dropFirst()
        return Dictionary(
            uniqueKeysWithValues: blocks.map { block in
                let lines = block.split(separator: "\n", omittingEmptySubsequences: false)
                let count = lines[0].split(separator: ":")[1].split(separator: " ")[0]
                let output = lines.dropFirst().prefix { !$0.hasPrefix("--- replay:") }.joined(separator: "\n")
                return (output, String(count))
            })
    }

    @Test func threeShardsMergedAreTheSplitSearchByteForByte() throws {
        let (folder, options) = try project()
        var files: [String] = []
        for index in 1...3 {
            let shard = try DocgenBinary.run(
                ["explore", "race/race", "--exhaustive", "--shard", "\(index)/3"] + options)
            #expect(shard.status == 0, "stderr: \(shard.stderr)")
            files.append(folder + "/shard-\(index).json")
            try TestSupport.write(shard.stdout, to: files.last!)
        }
        let merged = try DocgenBinary.run(["explore", "race/race", "--exhaustive", "--merge"] + files + options)
        let oneCore = try DocgenBinary.run(["explore", "race/race", "--exhaustive", "--jobs", "1"] + options)
        let twoCores = try DocgenBinary.run(["explore", "race/race", "--exhaustive", "--jobs", "2"] + options)
        let whole = try DocgenBinary.run(["explore", "race/race", "--exhaustive"] + options)
        for run in [merged, oneCore, twoCores, whole] { #expect(run.status == 0, "stderr: \(run.stderr)") }
        #expect(merged.stdout == oneCore.stdout)
        #expect(twoCores.stdout == oneCore.stdout)
        #expect(merged.stdout.hasPrefix("race/race: exactly 3 distinct outputs (search complete: "))
        // The search in one piece runs other representatives, but finds the same outputs, each as often.
        #expect(outputs(merged.stdout) == outputs(whole.stdout))
        #expect(Set(outputs(whole.stdout).keys) == ["2", "3", "4"])
    }

    @Test func shardFilesThatAreNotOneSearchAreOneLineErrors() throws {
        let (folder, options) = try project()
        let shard = try DocgenBinary.run(["explore", "race/race", "--exhaustive", "--shard", "1/2"] + options)
        #expect(shard.status == 0, "stderr: \(shard.stderr)")
        try TestSupport.write(shard.stdout, to: folder + "/one.json")
        try TestSupport.write("{", to: folder + "/broken.json")
        let cases: [([String], String)] = [
            (["--merge", folder + "/one.json"], "error: shard 2/2 is missing: merge the files of all 2 shards\n"),
            (
                ["--merge", folder + "/one.json", folder + "/broken.json"],
                "error: \(folder)/broken.json is not a shard file of docgen explore --shard\n"
            ),
            (
                ["--merge", folder + "/one.json", folder + "/absent.json"],
                "error: cannot read the shard file \(folder)/absent.json\n"
            ),
        ]
        for (arguments, message) in cases {
            let run = try DocgenBinary.run(["explore", "race/race", "--exhaustive"] + arguments + options)
            #expect(run.status == 1)
            #expect(run.stderr == message)
            #expect(run.stdout.isEmpty)
        }
        let invalid = try DocgenBinary.run(["explore", "race/race", "--exhaustive", "--shard", "3/2"] + options)
        #expect(invalid.status == 2)
        #expect(invalid.stderr.hasPrefix("error: The value '3/2' is invalid for '--shard <shard>'"))
    }
}
