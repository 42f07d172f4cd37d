import DocGenModel
@_spi(Harness) import Threading

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
    /// the cell's, `printed` the notebook's cell after Jupyter ran it.
    package func check(
        _ cell: FidelityCell, shown: RunResult?, exploration: Exploration?, printed: ExecutedNotebook.CodeCell
    ) -> NotebookCellReport {
        let fail = { (why: String) in NotebookCellReport(cell: cell.id, passed: false, text: why) }
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
        let notebookLines =
            Self.lines(printed.stdout, stream: .stdout) + Self.lines(printed.stderr, stream: .stderr)
        let notebook = key.of(normaliser.normalise(notebookLines))

        var known: [(origin: String, key: [StdStream: [String]], lines: [FidelityLine]?)] = []
        if let shown {
            let lines = normaliser.normalise(shown.fidelityLines)
            known.append(("the page's output", key.of(lines), lines))
        }
        let groups = exploration?.groups ?? []
        for (number, group) in groups.enumerated() {
            let origin = "possible output \(number + 1) of \(groups.count)"
            if group.events.isEmpty {
                // Stored as text only: comparable with a notebook cell that printed on one stream.
                let streams = notebook.filter { !$0.value.isEmpty }
                guard streams.count == 1, let stream = streams.first?.key else { continue }
                let lines = Self.lines(group.output, stream: stream)
                known.append((origin, key.of(normaliser.normalise(lines)), nil))
            } else {
                let run = RunResult(events: group.events, outcome: group.outcome, schedule: group.schedule)
                let lines = normaliser.normalise(run.fidelityLines)
                known.append((origin, key.of(lines), lines))
            }
        }
        if let recording = try? CPythonRecording.load(cell: cell.id, root: recordings),
            recording.fingerprint == cell.fingerprint
        {
            for (number, output) in recording.outputs.enumerated() {
                let lines = normaliser.normalise(output)
                known.append(
                    ("CPython's recorded output \(number + 1) of \(recording.outputs.count)", key.of(lines), lines))
            }
        }
        if let match = known.first(where: { $0.key == notebook }) {
            return NotebookCellReport(cell: cell.id, passed: true, text: "printed \(match.origin)")
        }
        if cell.mode == .perThread {
            let printedLines = normaliser.normalise(notebookLines)
            for candidate in known {
                guard let lines = candidate.lines, Self.samePerThread(printedLines, as: lines) else { continue }
                return NotebookCellReport(
                    cell: cell.id, passed: true,
                    text: "printed \(candidate.origin), its threads' lines interleaved differently (per-thread)")
            }
        }
        var lines = ["printed none of the \(known.count) outputs docgen knows for the cell"]
        if let page = known.first?.key {
            for stream in [StdStream.stdout, .stderr] {
                let want = page[stream] ?? [], got = notebook[stream] ?? []
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
        return fail(lines.joined(separator: "\n"))
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

    package init(cell: String, passed: Bool, text: String) {
        self.cell = cell
        self.passed = passed
        self.text = text
    }

    package var line: String { (passed ? "PASS " : "FAIL ") + cell + "  notebook: " + text }
}
