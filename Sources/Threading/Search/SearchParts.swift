/// The parts a split search explores apart (on several cores, or on several machines): the runs' first steps up to
/// a small depth, enumerated depth-first with sleep sets but without wakeup trees (above that depth every choice not
/// asleep is explored), so that first steps that could only repeat an earlier part's classes make no part. Each part
/// is then explored on its own (`ExhaustiveSearch.part`): all the classes that can begin with its steps, of which it
/// counts those whose first choice, at each of its nodes, the enumeration met first (`SearchGuide.ownsRun`). Each
/// class is counted by exactly one part, so the parts' executions and outputs add up to one search's.
///
/// The depth and the parts depend on the program alone (the least depth that gives `minimumParts` parts, at most
/// `maximumDepth`), so every machine that enumerates them gets the same parts, in the same order.
@_spi(Search) public struct SearchParts: Sendable {
    /// How many choices between several threads the parts fix (with the steps between them that had no choice; a
    /// started thread's first step goes with the step that started it; a run that ends sooner is a part of its own:
    /// the whole run).
    public let depth: Int
    /// The parts, in the order one search would meet them.
    public let parts: [SearchPart]
    /// True when enumerating them re-ran a prefix with other choices: the program is not deterministic.
    public let diverged: Bool

    /// As many parts as this at least, when the program has that many within `maximumDepth`.
    public static let minimumParts = 32
    /// Prefixes of at most this many choices between several threads.
    public static let maximumDepth = 16

    /// The parts of `main` run with `options` (its `runtime` and `schedule` are set here): those of the least depth
    /// that gives `minimum` of them, or of `maximumDepth`, or of the depth every run ends within.
    public static func of(
        _ main: @escaping @Sendable () throws -> Void, options: RunOptions = RunOptions(),
        minimum: Int = minimumParts, maximumDepth: Int = maximumDepth
    ) -> SearchParts {
        var runOptions = options
        runOptions.runtime = .simulated
        runOptions.schedule = .cpythonDefault
        var found = SearchParts(depth: 0, parts: [], diverged: false)
        for depth in 1...max(1, maximumDepth) {
            let guide = SearchGuide(preemptionBound: nil, expandTo: depth)
            runOptions.guide = guide
            var parts: [SearchPart] = []
            var reachedDepth = false
            repeat {
                _ = runProgram(runOptions, main: main)
                guard !guide.pruned || guide.reachedExpansionDepth else { continue }
                reachedDepth = reachedDepth || guide.reachedExpansionDepth
                parts.append(guide.partTaken)
            } while guide.advance()
            found = SearchParts(depth: depth, parts: parts, diverged: guide.diverged)
            if parts.count >= minimum || !reachedDepth || guide.diverged { break }
        }
        return found
    }

    /// A digest of the parts' choices (FNV-1a, 64 bits, in hexadecimal): equal for equal parts in every process, so
    /// that shards explored apart can be checked to split the same search.
    public var digest: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func feed(_ value: Int) {
            for byte in withUnsafeBytes(of: Int64(value).littleEndian, Array.init) {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        feed(depth)
        for part in parts {
            feed(part.choices.count)
            part.choices.forEach(feed)
        }
        let text = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
