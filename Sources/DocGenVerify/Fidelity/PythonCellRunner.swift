import DocGenRun
import Foundation
import Subprocess

/// Runs Python cells with `python3` through `PythonTagWrapper`, each in its own process, and returns their output
/// as tagged lines, cut from the writes in the order CPython made them (`FidelityLineSplitter`).
package struct PythonCellRunner: Sendable {
    /// The interpreter: a name looked up on `PATH` (`python3`), or a path (`~/.pyenv/versions/3.13.0/bin/python3`).
    package var python: String
    /// Seconds before a run is abandoned and its process terminated.
    package var timeout: Double
    /// Where cells are written before they run (one folder per runner).
    let folder: URL

    package init(python: String = "python3", timeout: Double = 120) throws {
        self.python = python
        self.timeout = timeout
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("docgen-fidelity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Deletes the folder the cells were written to; the runner cannot run cells afterwards.
    package func removeFiles() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// `python3 --version` without the word `Python` (`3.11.7`).
    package func version() async throws -> String {
        let result = try await Subprocess.run(executable, arguments: ["--version"], output: .string(limit: 4096))
        let text = result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.hasPrefix("Python ") ? String(text.dropFirst(7)) : text
    }

    /// Runs `cell`'s Python once, as its options say (see `run(cell:source:hangs:)`).
    package func run(_ cell: FidelityCell) async throws(FidelityError) -> [FidelityLine] {
        try await timedRun(cell).lines
    }

    /// Runs `cell`'s Python once, as `run(_:)` does, and says whether its sleeps and timed waits woke on time.
    package func timedRun(_ cell: FidelityCell) async throws(FidelityError) -> (
        lines: [FidelityLine], timing: RunTiming
    ) {
        try await timedRun(cell: cell.id, source: cell.source, hangs: cell.hangs, raises: cell.raises)
    }

    /// What the path of the temporary file a cell runs from reads as in its output (`__file__`, warnings, tracebacks).
    package static let cellFileName = "<cell>.py"

    /// How long a cell that deadlocks on purpose must stay blocked before its run is ended and counted as hung.
    package static let hangWindow = 2.0

    /// Runs `source` as cell `cell` (`page/cell`) once. With `hangs`, the cell must still be running after
    /// `hangWindow` seconds (a deadlock); its output up to then is returned. With `raises`, it must exit with an
    /// uncaught error (status 1); its output, the traceback included, is returned.
    ///
    /// - Throws: `FidelityError.pythonFailed` when python3 cannot start, exits with an error it should not have
    ///   (naming the error's last line), writes outside the tagged streams, or runs past the timeout; with `hangs`,
    ///   also when the cell finishes instead of hanging; with `raises`, when it exits without an error.
    package func run(cell: String, source: String, hangs: Bool = false, raises: Bool = false)
        async throws(FidelityError)
        -> [FidelityLine]
    {
        try await timedRun(cell: cell, source: source, hangs: hangs, raises: raises).lines
    }

    /// `run(cell:source:hangs:raises:)`, with how the run's sleeps and timed waits woke (`RunTiming`).
    package func timedRun(cell: String, source: String, hangs: Bool = false, raises: Bool = false)
        async throws(FidelityError)
        -> (lines: [FidelityLine], timing: RunTiming)
    {
        let file = folder.appendingPathComponent(cell.replacingOccurrences(of: "/", with: "--") + ".py")
        do {
            try Data(source.utf8).write(to: file, options: .atomic)  // runs of one cell may overlap
        } catch {
            throw .pythonFailed(cell: cell, why: "cannot write \(file.path): \(error)")
        }
        let hangArguments = hangs ? [String(Self.hangWindow)] : []
        let outcome = await runWithTimeout(arguments: ["-c", PythonTagWrapper.source, file.path] + hangArguments)
        switch outcome {
        case .failure(let why):
            throw .pythonFailed(cell: cell, why: why)
        case .success(let (status, output, errors)):
            if hangs, status != .exited(PythonTagWrapper.hangExitStatus) {
                throw .pythonFailed(
                    cell: cell,
                    why: "the cell is marked expect=deadlock but finished (\(status)) instead of hanging for "
                        + "\(Self.hangWindow) s")
            }
            guard errors.isEmpty else { throw .pythonFailed(cell: cell, why: "wrote to the real stderr: \(errors)") }
            var splitter = FidelityLineSplitter()
            var timing = RunTiming(timed: false)
            for text in output.split(separator: "\n") {
                if let measured = PythonTagWrapper.timing(text) {
                    timing = measured
                    continue
                }
                guard let write = PythonTagWrapper.write(text) else {
                    throw .pythonFailed(cell: cell, why: "untagged output line: \(text)")
                }
                splitter.write(write.text, stream: write.stream, thread: write.thread)
            }
            let lines = splitter.finish().map { line in
                // The wrapper's temporary copy of the cell is not part of what the cell printed.
                var line = line
                line.text = line.text.replacingOccurrences(of: file.path, with: Self.cellFileName)
                return line
            }
            if raises, status != .exited(1) {
                throw .pythonFailed(
                    cell: cell, why: "the cell is marked expect=error but python3 ended with \(status), not an error")
            }
            if !hangs, !raises, status != .exited(0) {
                // The traceback went to the tagged stderr: its last line says what was raised.
                let last = lines.last { $0.stream == .stderr }?.text ?? "no error text"
                throw .pythonFailed(
                    cell: cell, why: "\(status): \(last) (mark the cell expect=error if it raises on purpose)")
            }
            return (lines, timing)
        }
    }

    /// `python` as Subprocess finds it: a path when it names one, else a name looked up on `PATH`.
    private var executable: Executable {
        python.contains("/") ? .path(.init(python)) : .name(python)
    }

    private enum Outcome: Sendable {
        case success((TerminationStatus, String, String))
        case failure(String)
    }

    /// Runs python3 with `arguments`, racing a timer; the loser is cancelled, which kills the child's process group.
    private func runWithTimeout(arguments: [String]) async -> Outcome {
        let (python, timeout, executable) = (python, timeout, executable)
        return await withTaskGroup(of: Outcome?.self) { group in
            group.addTask {
                do {
                    let result = try await Subprocess.run(
                        executable, arguments: Arguments(arguments), platformOptions: ChildGroup.platformOptions,
                        output: .string(limit: 4 << 20), error: .string(limit: 1 << 20))
                    ChildGroup.endLeftovers(of: result.processIdentifier.value)
                    return .success(
                        (
                            result.terminationStatus, result.standardOutput,
                            result.standardError
                        ))
                } catch {
                    return Task.isCancelled ? nil : .failure("\(python): \(error)")
                }
            }
            group.addTask {
                try? await Task.sleep(for: .seconds(timeout))
                return Task.isCancelled ? nil : .failure("timed out after \(timeout) s")
            }
            var outcome: Outcome?
            while outcome == nil, let next = await group.next() { outcome = next }
            group.cancelAll()
            return outcome ?? .failure("timed out after \(timeout) s")
        }
    }
}
