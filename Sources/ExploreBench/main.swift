// Benchmarks the peak memory of a long exhaustive search (it must stay flat: the search keeps the path of one run),
// then `Explorer`: 1,000 schedules of a 10-thread queue program (the tutorial's "queued threads": 10 daemon
// workers, 100 items, a log line and a 0.2 s sleep per item), and of the tutorial's own scenario when it exists.
// Baseline, measured in the same run: the same 1,000 schedules run one after another, i.e. 1,000 × a single
// `runProgram` as `docgen run` does it. Each figure is the best of a few repetitions (the machine is shared). Prints
//   bench explore-1000 (<program>): ours=<s>s baseline=<s>s ratio=<baseline/ours>x target=<2 s: met|missed>
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

benchSearchMemory(executions: Int(ProcessInfo.processInfo.environment["SEARCH_EXECUTIONS"] ?? "") ?? 200_000)
bench("10-thread queue, 100 items", tenWorkersHundredItems)
if let tutorial = await tutorialProgram("threading-tutorial/queued-threads") {
    bench("threading-tutorial/queued-threads", tutorial)
}
