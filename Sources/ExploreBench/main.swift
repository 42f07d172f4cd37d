// Benchmarks the peak memory of a long exhaustive search (it must stay flat: the search keeps the path of one run)
// and, with the argument `search` (`make bench-search`), the executions per class of a fixed set of programs;
// then `Explorer`: 1,000 schedules of a 10-thread queue program (the tutorial's "queued threads": 10 daemon
// workers, 100 items, a log line and a 0.2 s sleep per item), and of the tutorial's own scenario when it exists.
// Baseline, measured in the same run: the same 1,000 schedules run one after another, i.e. 1,000 × a single
// `runProgram` as `docgen run` does it. Each figure is the best of a few repetitions (the machine is shared). Prints
//   bench explore-1000 (<program>): ours=<s>s baseline=<s>s ratio=<baseline/ours>x target=<2 s: met|missed>
// With `translation` (`make bench-translation`, TranslationBench.swift): the translation time per cell, and the
// translated queued-threads cell's exploration against a hand-written twin.
import DocGen
import DocGenExplore
import DocGenModel
import DocGenRun
import Foundation
@_spi(Harness) @_spi(Search) import Threading

@Sendable func tenWorkersHundredItems() throws {
    logging.basicConfig(format: "[%(levelname)s]:(%(threadName)-10s): %(message)s", level: logging.INFO)
    let worker = def("worker") { (stream: Queue<Int>) in
        while true {
            let item = try stream.get()
            logging.info(item)
            time.sleep(0.2)
            try stream.task_done()
        }
    }
    let stream = Queue<Int>()
    for _ in 0..<10 {
        let thread = Thread(target: worker, args: stream)
        thread.daemon = true
        try thread.start()
    }
    for item in 0..<100 { try stream.put(item) }
    stream.join()
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func format(_ value: Double) -> String {
    let thousandths = Int((value * 1000).rounded())
    let fraction = String(thousandths % 1000)
    return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
}

/// The best of `repetitions` timings of `body`, in seconds (the machine is shared: the minimum is the least disturbed).
func best(of repetitions: Int, _ body: () -> Void) -> Double {
    let clock = ContinuousClock()
    return (0..<repetitions).map { _ in seconds(clock.measure(body)) }.min() ?? .nan
}

func bench(_ label: String, _ main: @escaping @Sendable () throws -> Void) {
    let runs = 1_000
    let explorer = Explorer(runs: runs, seed: 0)
    var exploration: Exploration?
    let ours = best(of: 3) { exploration = explorer.explore(main) }
    let baseline = best(of: 2) {
        for index in 0..<runs { _ = runProgram(RunOptions(schedule: explorer.schedule(forRun: index)), main: main) }
    }
    let groups = exploration?.groups.count ?? 0
    let ratio = format(baseline / ours)
    print(
        "bench explore-1000 (\(label), \(groups) distinct outputs): ours=\(format(ours))s "
            + "baseline=\(format(baseline))s ratio=\(ratio)x target=\(ours < 2 ? "met" : "missed") (< 2 s)")
}

/// The tutorial's own scenario, compiled and loaded the way `docgen explore` loads it (nil when it is not there).
func tutorialProgram(_ id: String) async -> (@Sendable () throws -> Void)? {
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
    guard FileManager.default.fileExists(atPath: "content/" + id + ".swift"),
        let compiler = try? ScenarioCompiler.locate(executable: executable, cacheDirectory: ".docgen-cache/compiled")
    else { return nil }
    let settings = ExecutionSettings(command: .docgen(executable), cacheDirectory: nil, compiler: compiler)
    return try? await SiteBuilder(executor: CellExecutor(settings: settings)).program(of: id, contentFolder: "content")
}

/// Peak resident memory of this process so far, in MB.
func peakMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// An exhaustive search of `executions` executions of three threads printing eight lines each (far more classes than
/// that), against the process's peak before it: prints
///   bench search-memory (<N> executions): ours=<MB>MB baseline=<MB>MB ratio=<ours/baseline>x target=<≤ 300 MB: …>
func benchSearchMemory(executions: Int) {
    let program: @Sendable () throws -> Void = {
        let f = def("f") { (tag: String) in
            for line in 0..<8 { print(tag, line) }
        }
        for tag in ["a", "b", "c"] { try Thread(target: f, args: tag).start() }
    }
    let before = peakMegabytes()
    var outputs = Set<String>()
    let summary = ExhaustiveSearch(maxExecutions: executions).run(program) { result, _ in
        if outputs.count < 1_000 { outputs.insert(result.text(of: .stdout)) }
    }
    let after = peakMegabytes()
    print(
        "bench search-memory (\(summary.executions) executions): ours=\(Int(after))MB baseline=\(Int(before))MB "
            + "ratio=\(format(after / before))x target=\(after <= 300 ? "met" : "missed") (<= 300 MB peak)")
}

/// Programs whose classes are counted by enumerating every schedule: `benchExecutionsPerClass`'s fixed set.
let classCountedPrograms: [(String, @Sendable () throws -> Void)] = [
    (
        "two threads printing two lines",
        {
            let f = def("f") { (tag: String) in
                for line in 1...2 { print("\(tag)\(line)") }
            }
            try Thread(target: f, args: "a").start()
            try Thread(target: f, args: "b").start()
        }
    ),
    (
        "two threads, a lock around two prints",
        {
            let lock = Lock()
            let f = def("f") { (tag: String) in
                lock.with {
                    print("\(tag)1")
                    print("\(tag)2")
                }
            }
            for tag in ["a", "b"] { try Thread(target: f, args: tag).start() }
        }
    ),
    (
        "two unlocked increments each of a @Shared counter",
        {
            @Threading.Shared var count = 0
            let f = def("f") {
                for _ in 0..<2 {
                    let value = count
                    count = value + 1
                }
            }
            let threads = [Thread(target: f), Thread(target: f)]
            for t in threads { try t.start() }
            for t in threads { try t.join() }
            print(count)
        }
    ),
    (
        "a producer and two consumers on a queue, one item",
        {
            let q = Queue<Int>()
            let consumer = def("consumer") { (tag: String) in
                while true {
                    let item = try q.get()
                    if item < 0 { break }
                    print(tag, item)
                }
            }
            let consumers = ["x", "y"].map { Thread(target: consumer, args: $0) }
            for c in consumers { try c.start() }
            for item in [1, -1, -1] { try q.put(item) }
            for c in consumers { try c.join() }
        }
    ),
]

/// Executions of the complete search against the classes of those programs (counted by running every schedule
/// without reduction, grouped by class): prints a line per program (its executions, classes and times), then
///   bench executions-per-class (<N> programs): ours=<executions> baseline=<classes> ratio=<ours/baseline>x target=…
func benchExecutionsPerClass() {
    var executions = 0
    var classes = 0
    for (name, program) in classCountedPrograms {
        let started = ContinuousClock.now
        var every = ExhaustiveSearch()
        every.reduces = false
        var keys = Set<String>()
        let all = every.run(program) { _, _, key in keys.insert(key()) }
        let enumerated = ContinuousClock.now
        let reduced = ExhaustiveSearch().run(program) { _, _ in }.executions
        classes += keys.count
        executions += reduced
        print(
            "  \(name): \(reduced) executions for \(keys.count) classes (every schedule: \(all.executions) in "
                + "\(enumerated - started); the search: \(ContinuousClock.now - enumerated))")
    }
    let ratio = Double(executions) / Double(max(classes, 1))
    print(
        "bench executions-per-class (\(classCountedPrograms.count) programs): ours=\(executions) baseline=\(classes) "
            + "ratio=\(format(ratio))x target=\(ratio <= 1.2 ? "met" : "missed") (<= 1.2 executions per class)")
}

let arguments = Set(CommandLine.arguments.dropFirst())
let searchExecutions = Int(ProcessInfo.processInfo.environment["SEARCH_EXECUTIONS"] ?? "") ?? 1_000_000
if arguments.contains("translation") {
    // `make bench-translation`: translation time per cell, and the translated queued-threads against its twin.
    await benchTranslatePerCell()
    await benchExploreTranslatedAgainstHandWritten()
    exit(0)
}
if arguments.contains("explore-translated") {
    // The translated queued-threads against its twin only (to profile the dynamic layer).
    await benchExploreTranslatedAgainstHandWritten()
    exit(0)
}
if arguments.contains("search") {
    // `make bench-search`: the search's own figures only.
    benchExecutionsPerClass()
    benchSearchMemory(executions: searchExecutions)
    exit(0)
}
bench("10-thread queue, 100 items", tenWorkersHundredItems)
if let tutorial = await tutorialProgram("threading-tutorial/queued-threads") {
    bench("threading-tutorial/queued-threads", tutorial)
}
