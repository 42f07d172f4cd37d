import DocGen
import DocGenExplore
import DocGenModel
import DocGenParse
import DocGenRun
import Foundation
@_spi(Harness) import Threading

/// The content folders whose Python cells the translation benchmark translates: the tutorial and the corpus.
let translatedContentFolders = ["content", "Tests/Corpus/content"]

/// Every Python cell of `folders`, as translation requests (each cell's own id and page).
func translationRequests(_ folders: [String]) -> [Translator.Request] {
    var requests: [Translator.Request] = []
    for folder in folders {
        guard let documents = try? ContentLoader.load(folder) else { continue }
        for document in documents {
            for cell in document.cells {
                let id = document.page + "/" + cell.id
                requests.append(
                    Translator.Request(
                        id: id, source: cell.source, contentFile: document.sourcePath, firstLine: cell.line + 1,
                        scenarioFile: folder + "/" + id + ".swift"))
            }
        }
    }
    return requests
}

/// Seconds `body` takes, the best of `repetitions` (the machine is shared: the minimum is the least disturbed).
func bestAsync(of repetitions: Int, _ body: () async -> Void) async -> Double {
    let clock = ContinuousClock()
    var times: [Double] = []
    for _ in 0..<repetitions {
        let start = clock.now
        await body()
        times.append(seconds(clock.now - start))
    }
    return times.min() ?? .nan
}

/// python3 parsing `sources` with `ast.parse`, in one process as the translator's one python3 run per build: the
/// wall time, the process's start included.
func pythonParses(_ sources: [String]) -> Double {
    guard let input = try? JSONSerialization.data(withJSONObject: sources) else { return .nan }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", "import ast, json, sys\nfor s in json.load(sys.stdin): ast.parse(s)"]
    let stdin = Pipe()
    process.standardInput = stdin
    let clock = ContinuousClock()
    let start = clock.now
    guard (try? process.run()) != nil else { return .nan }
    stdin.fileHandleForWriting.write(input)
    try? stdin.fileHandleForWriting.close()
    process.waitUntilExit()
    return process.terminationStatus == 0 ? seconds(clock.now - start) : .nan
}

/// Translation time per cell of the tutorial and the corpus (uncached: python3's `ast` export in one run, then the
/// Swift emission of each cell) against python3 only parsing the same cells with `ast`, per cell: prints
///   bench translate-per-cell (<N> cells): ours=<ms>ms baseline=<ms>ms ratio=<ours/baseline>x target=<≤ 50 ms: …>
func benchTranslatePerCell() async {
    let requests = translationRequests(translatedContentFolders)
    guard !requests.isEmpty else {
        print("bench translate-per-cell: no cells found (run from the repository's root)")
        return
    }
    var failures = 0
    let translator = Translator(cacheDirectory: nil)
    let ours = await bestAsync(of: 3) {
        let results = (try? await translator.translate(requests)) ?? []
        failures = requests.count - results.filter { if case .success = $0 { true } else { false } }.count
    }
    let baseline = (0..<3).map { _ in pythonParses(requests.map(\.source)) }.min() ?? .nan
    let count = Double(requests.count)
    let (oursPerCell, baselinePerCell) = (ours / count * 1000, baseline / count * 1000)
    let note = failures == 0 ? "" : ", \(failures) failed to translate"
    print(
        "bench translate-per-cell (\(requests.count) cells\(note)): ours=\(format(oursPerCell))ms "
            + "baseline=\(format(baselinePerCell))ms ratio=\(format(oursPerCell / baselinePerCell))x "
            + "target=\(oursPerCell <= 50 && failures == 0 ? "met" : "missed") (<= 50 ms per cell)")
}

/// A translated cell's program, compiled and loaded as `docgen explore` loads it (nil, with a line saying why, when
/// it cannot be).
func translatedProgram(_ id: String, contentFolder: String) async -> (@Sendable () throws -> Void)? {
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
    do {
        let compiler = try ScenarioCompiler.locate(executable: executable, cacheDirectory: ".docgen-cache/compiled")
        let settings = ExecutionSettings(
            command: .docgen(executable), cacheDirectory: nil, compiler: compiler)
        return try await SiteBuilder(executor: CellExecutor(settings: settings)).program(
            of: id, contentFolder: contentFolder)
    } catch {
        print("bench explore-translated: cannot load \(id): \(error)")
        return nil
    }
}

/// `queuedThreadsByHand`'s body as a hand-written scenario file: what an author wrote before translation, compiled by
/// docgen as it compiles every scenario (unoptimised), where `queuedThreadsByHand` is compiled with the bench. Read from
/// QueuedThreadsByHand.swift itself, so that the two cannot drift apart.
let queuedThreadsScenario: String = {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("QueuedThreadsByHand.swift")
    guard let text = try? String(contentsOf: file, encoding: .utf8),
        let opening = text.range(of: "@Sendable func queuedThreadsByHand() throws {\n"),
        let closing = text.range(of: "\n}", options: .backwards)
    else { fatalError("bench explore-translated: cannot read the hand-written twin at \(file.path)") }
    let body = text[opening.upperBound..<closing.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.hasPrefix("    ") ? $0.dropFirst(4) : $0 }
    return "import Threading\n\n" + body.joined(separator: "\n") + "\n"
}()

/// `queuedThreadsScenario` as docgen loads a hand-written scenario: a page whose cell has that scenario file, in a
/// temporary content folder.
func handWrittenProgram() async -> (@Sendable () throws -> Void)? {
    let folder = NSTemporaryDirectory() + "docgen-bench-\(ProcessInfo.processInfo.processIdentifier)"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    do {
        try FileManager.default.createDirectory(atPath: folder + "/bench", withIntermediateDirectories: true)
        let page = "# Bench\n\n## Queued threads\n\n```python\nprint('written by hand')\n```\n"
        try page.write(toFile: folder + "/bench.md", atomically: true, encoding: .utf8)
        try queuedThreadsScenario.write(
            toFile: folder + "/bench/queued-threads.swift", atomically: true, encoding: .utf8)
    } catch {
        print("bench explore-translated: cannot write the hand-written scenario: \(error)")
        return nil
    }
    return await translatedProgram("bench/queued-threads", contentFolder: folder)
}

/// The process's CPU time (all its threads) `body` takes, the least of `repetitions`: on a shared machine the wall
/// time also counts other processes' turns, CPU time does not.
func bestProcessorTime(of repetitions: Int, _ body: () -> Void) -> Double {
    func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
    return (0..<repetitions).map { _ in
        let start = now()
        body()
        return now() - start
    }.min() ?? .nan
}

/// 1,000 sampled schedules of the tutorial's queued-threads cell run on its translation (the Python object layer)
/// against the same 1,000 schedules of its hand-written twin (`queuedThreadsByHand`), in CPU time (the least of 7
/// turns each, taken alternately): prints
///   bench explore-translated (queued-threads): ours=<s>s baseline=<s>s ratio=<ours/baseline>x target=<≤ 2x: …>
func benchExploreTranslatedAgainstHandWritten() async {
    let id = "threading-tutorial/queued-threads"
    guard let translated = await translatedProgram(id, contentFolder: "content") else { return }
    let explorer = Explorer(runs: 1_000, seed: 0)
    var outputs = (translated: 0, hand: 0)
    guard let handWritten = await handWrittenProgram() else { return }
    // BENCH_ONLY=translated|hand|optimised times that side only (to profile it); the others print as 1 s.
    let only = ProcessInfo.processInfo.environment["BENCH_ONLY"]
    func side(_ name: String, _ body: @escaping () -> Void) -> (() -> Double)? {
        only == nil || only == name ? { bestProcessorTime(of: 1, body) } : nil
    }
    let sides = [
        side("translated") { outputs.translated = explorer.explore(translated).groups.count },
        side("hand") { outputs.hand = explorer.explore(handWritten).groups.count },
        side("optimised") { _ = explorer.explore(queuedThreadsByHand) },
    ]
    // The sides take turns, 7 times, and each keeps its least time: a change of the machine's load in between
    // weighs on every side alike.
    var least = [Double](repeating: .infinity, count: sides.count)
    for _ in 0..<7 {
        for (index, time) in sides.enumerated() { least[index] = min(least[index], time?() ?? 1) }
    }
    let (ours, baseline, optimised) = (least[0], least[1], least[2])
    let ratio = ours / baseline
    print(
        "bench explore-translated (\(id), 1000 schedules, CPU time, \(outputs.translated) and \(outputs.hand) distinct outputs): "
            + "ours=\(format(ours))s baseline=\(format(baseline))s ratio=\(format(ratio))x "
            + "target=\(ratio <= 2 ? "met" : "missed") (<= 2x the hand-written twin)")
    print(
        "bench explore-translated-vs-optimised-twin (the twin compiled with the bench, optimised): "
            + "ours=\(format(ours))s baseline=\(format(optimised))s ratio=\(format(ours / optimised))x")
}
