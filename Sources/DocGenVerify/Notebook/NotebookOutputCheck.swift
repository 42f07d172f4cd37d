import DocGenModel
@_spi(Harness) @_spi(Search) import Threading

/// Checks what a notebook printed when Jupyter ran it (`ExecutedNotebook`) against what docgen knows a cell can print:
/// the output its page shows, every output of its exploration, and every output of its CPython recording. All are
/// normalised as the fidelity check does (timestamps, addresses, idents, the cell's masks, locations) and compared
/// stream by stream — Jupyter reads a program's stdout and stderr through two pipes, so how their lines interleave
/// is not kept — line by line, or as sorted lines for `fidelity=multiset` cells. For a `fidelity=per-thread` cell, as
/// the fidelity check does, an output that only interleaves the threads' lines of a known one differently matches it:
/// each line the notebook printed is given the thread that printed the same text in that known output (when exactly
/// one did; otherwise only the line-by-line comparison holds), then each thread's lines are compared. An output of
/// the exploration stored without its events (past the most frequent ones) is compared as its text, with a notebook
/// cell that printed on one stream only.
package struct NotebookOutputCheck: Sendable {
    /// The folder holding the CPython recordings (`Tests/Fidelity`).
    package var recordings: String

    package init(recordings: String) {
        self.recordings = recordings
    }

    /// The verdict on one notebook cell: `cell` as the page has it, `shown` the run the page shows, `exploration`
    /// the cell's, `printed` the notebook's cell after Jupyter ran it. A cell that printed none of the outputs docgen
    /// knows fails with `searchable` set when `search` may still find its output: its exploration was not complete,
    /// or some of its possible outputs, kept as text only, could not be compared with one printed on two streams.
    package func check(
        _ cell: FidelityCell, shown: RunResult?, exploration: Exploration?, printed: ExecutedNotebook.CodeCell
    ) -> NotebookCellReport {
        let output: PrintedOutput
        switch PrintedOutput.read(printed, of: cell) {
        case .success(let read): output = read
        case .failure(let report): return report
        }
        var known: [(origin: String, lines: [FidelityLine], tagged: Bool)] = []
        if let shown {
            known.append(("the page's output", output.normaliser.normalise(shown.fidelityLines), true))
        }
        let groups = exploration?.groups ?? []
        /// Whether some possible output could not be compared (stored as text, the notebook cell printing on two
        /// streams): then even a complete exploration may hold the printed output, which a search can find.
        var uncompared = false
        for (number, group) in groups.enumerated() {
            let origin = "possible output \(number + 1) of \(groups.count)"
            if group.events.isEmpty {
                // Stored as text only: comparable with a notebook cell that printed on one stream.
                let streams = output.streams.filter { !$0.value.isEmpty }
                guard streams.count == 1, let stream = streams.first?.key else {
                    uncompared = true
                    continue
                }
                known.append((origin, output.normaliser.normalise(Self.lines(group.output, stream: stream)), false))
            } else {
                let run = RunResult(events: group.events, outcome: group.outcome, schedule: group.schedule)
                known.append((origin, output.normaliser.normalise(run.fidelityLines), true))
            }
        }
        if let recording = try? CPythonRecording.load(cell: cell.id, root: recordings),
            recording.fingerprint == cell.fingerprint
        {
            for (number, lines) in recording.outputs.enumerated() {
                known.append(
                    (
                        "CPython's recorded output \(number + 1) of \(recording.outputs.count)",
                        output.normaliser.normalise(lines), true
                    ))
            }
        }
        if let match = known.first(where: { output.isPrinted($0.lines) }) {
            return NotebookCellReport(cell: cell.id, passed: true, text: "printed \(match.origin)")
        }
        if cell.mode == .perThread,
            let match = known.first(where: { $0.tagged && Self.samePerThread(output.lines, as: $0.lines) })
        {
            return NotebookCellReport(
                cell: cell.id, passed: true,
                text: "printed \(match.origin), its threads' lines interleaved differently (per-thread)")
        }
        var lines = ["printed none of the \(known.count) outputs docgen knows for the cell"]
        if let page = known.first.map({ output.key.of($0.lines) }) {
            for stream in [StdStream.stdout, .stderr] {
                let want = page[stream] ?? [], got = output.streams[stream] ?? []
                guard want != got else { continue }
                let index = zip(want, got).prefix { $0 == $1 }.count
                lines += [
                    "    \(stream.rawValue) line \(index + 1):",
                    "      page:     " + (index < want.count ? want[index] : "(no more lines)"),
                    "      notebook: " + (index < got.count ? got[index] : "(no more lines)"),
                ]
                break
            }
        }
        var report = NotebookCellReport(cell: cell.id, passed: false, text: lines.joined(separator: "\n"))
        report.searchable = (!(exploration?.isComplete ?? false) || uncompared) && !cell.hangs
        return report
    }

    /// Looks for what the notebook cell `printed` among every output of `program` (the cell's scenario): an exhaustive
    /// search within `budget` that stops at the first execution printing it, as `check` compares outputs. For a cell
    /// `check` failed as `searchable` (`failed`, whose lines after the first, saying where the output differs from the
    /// page's, are kept when the search does not find it either), whose known outputs came from a search cut short.
    package func search(
        _ cell: FidelityCell, printed: ExecutedNotebook.CodeCell, program: @escaping @Sendable () throws -> Void,
        budget: ExhaustiveSearch, failed: NotebookCellReport
    ) -> NotebookCellReport {
        let output: PrintedOutput
        switch PrintedOutput.read(printed, of: cell) {
        case .success(let read): output = read
        case .failure(let report): return report
        }
        let (found, summary) = budget.first(program) { run in
            let lines = output.normaliser.normalise(run.fidelityLines)
            return output.isPrinted(lines) || (cell.mode == .perThread && Self.samePerThread(output.lines, as: lines))
        }
        let executions = summary.executions == 1 ? "1 execution" : "\(summary.executions) executions"
        if let found {
            return NotebookCellReport(
                cell: cell.id, passed: true,
                text: "printed an output a search for it found in \(executions) "
                    + "(docgen run \(cell.id) --schedule \(found.schedule))")
        }
        let why =
            summary.complete
            ? "printed none of the cell's possible outputs (search complete: \(executions))"
            : "printed no output a search of \(executions) found (stopped at its budget; not proven impossible)"
        let detail = failed.text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().map(String.init)
        return NotebookCellReport(cell: cell.id, passed: false, text: ([why] + detail).joined(separator: "\n"))
    }

    /// Whether `printed` (untagged) is `known` with its threads' lines interleaved differently: each printed line
    /// takes the thread that printed the same text on the same stream in `known`, which must be exactly one thread,
    /// and then every thread has the same lines, in the same order, on each stream.
    static func samePerThread(_ printed: [FidelityLine], as known: [FidelityLine]) -> Bool {
        var threads: [String: Set<String>] = [:]
        for line in known { threads[line.stream.rawValue + "\t" + line.text, default: []].insert(line.thread) }
        var tagged: [FidelityLine] = []
        for line in printed {
            guard let owners = threads[line.stream.rawValue + "\t" + line.text], owners.count == 1,
                let owner = owners.first
            else { return false }
            tagged.append(FidelityLine(stream: line.stream, thread: owner, text: line.text))
        }
        func perThread(_ lines: [FidelityLine]) -> [String: [String]] {
            Dictionary(grouping: lines, by: { $0.stream.rawValue + "\t" + $0.thread }).mapValues { $0.map(\.text) }
        }
        return perThread(tagged) == perThread(known)
    }

    /// `text` as lines of `stream` (the last one unterminated if it has no newline), with no thread.
    static func lines(_ text: String, stream: StdStream) -> [FidelityLine] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines.map { FidelityLine(stream: stream, thread: "", text: $0) }
    }

    /// What a notebook cell printed, normalised as the fidelity check normalises, with the cell's normaliser and the
    /// form outputs are compared in.
    ///
    /// Unchecked Sendable: the normaliser's regular expressions (not Sendable) are immutable.
    struct PrintedOutput: @unchecked Sendable {
        let normaliser: FidelityNormaliser
        let key: StreamKey
        /// The printed lines, normalised, with no thread.
        let lines: [FidelityLine]
        /// `lines` as `key` compares them.
        let streams: [StdStream: [String]]

        /// Whether `lines` (a known output, normalised) is what the cell printed, compared as `key` compares.
        func isPrinted(_ lines: [FidelityLine]) -> Bool { key.of(lines) == streams }

        /// The output of `printed`, or the failed report when it cannot be compared (other Python, not run, raised).
        static func read(_ printed: ExecutedNotebook.CodeCell, of cell: FidelityCell) -> Reading {
            let fail = { (why: String) in Reading.failure(NotebookCellReport(cell: cell.id, passed: false, text: why)) }
            guard printed.python == cell.source else {
                return fail("the notebook's Python differs from the page's: build the site again (docgen build)")
            }
            guard printed.executed else { return fail("Jupyter did not run the cell") }
            if let error = printed.errors.first { return fail("the cell raised in the notebook: \(error)") }
            let normaliser: FidelityNormaliser
            do {
                normaliser = try FidelityNormaliser(masks: cell.masks)
            } catch {
                return fail(error.description)
            }
            let key = StreamKey(mode: cell.mode)
            let lines = normaliser.normalise(
                NotebookOutputCheck.lines(printed.stdout, stream: .stdout)
                    + NotebookOutputCheck.lines(printed.stderr, stream: .stderr))
            return .success(Self(normaliser: normaliser, key: key, lines: lines, streams: key.of(lines)))
        }

        /// A notebook cell's output, or the report of why it cannot be compared.
        enum Reading {
            case success(PrintedOutput)
            case failure(NotebookCellReport)
        }
    }

    /// What of an output the notebook comparison looks at: each stream's lines, sorted for `multiset`.
    struct StreamKey {
        let mode: FidelityMode

        func of(_ lines: [FidelityLine]) -> [StdStream: [String]] {
            var streams: [StdStream: [String]] = [:]
            for line in lines { streams[line.stream, default: []].append(line.text) }
            if mode == .multiset { streams = streams.mapValues { $0.sorted() } }
            return streams
        }
    }
}

/// The verdict on one notebook cell: `PASS page/cell  notebook: printed …` or `FAIL page/cell  notebook: …`.
package struct NotebookCellReport: Sendable, Equatable {
    package var cell: String
    package var passed: Bool
    /// What it printed, or why it failed (further lines indented).
    package var text: String
    /// Failed only because the output is none docgen knows while the cell's exploration was cut short: a search for
    /// it (`NotebookOutputCheck.search`) decides.
    package var searchable = false

    package init(cell: String, passed: Bool, text: String) {
        self.cell = cell
        self.passed = passed
        self.text = text
    }

    package var line: String { (passed ? "PASS " : "FAIL ") + cell + "  notebook: " + text }
}
