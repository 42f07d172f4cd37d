import Foundation

/// A CPython with `sys.monitoring` (3.12 or later, which the fidelity recorder needs to time sleeps): `python3`,
/// `python3.13`, `python3.12` on `PATH` or one of pyenv's; nil when there is none.
func pythonThatTimesSleeps() -> String? {
    let path = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
    var candidates = path.flatMap { folder in
        ["python3", "python3.14", "python3.13", "python3.12"].map { folder + "/" + $0 }
    }
    let pyenv = NSHomeDirectory() + "/.pyenv/versions"
    let versions = (try? FileManager.default.contentsOfDirectory(atPath: pyenv)) ?? []
    candidates += versions.sorted().reversed().map { pyenv + "/" + $0 + "/bin/python3" }
    return candidates.first { candidate in
        guard FileManager.default.isExecutableFile(atPath: candidate) else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: candidate)
        process.arguments = ["-c", "import sys; sys.exit(0 if hasattr(sys, 'monitoring') else 1)"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}

/// A `python3` for the fidelity recorder that does what a loaded machine does to CPython: for its first `disturbed`
/// runs of a cell it stops the interpreter (SIGSTOP) for 0.4 s while the cell waits, then lets it go on (SIGCONT),
/// so a wait of 0.1 s returns about 0.3 s late. Those runs get `STOPPED_MARK_DIR` in their environment: a cell written
/// with `waitUntilStopped` then creates `waiting.<pid>` there and repeats its wait until one returned late, writes
/// `done` into that file and prints `stopped`; the other runs print `quiet` without waiting. A stop can land between
/// two waits (the cell is reading the clock), so the script stops the interpreter again, 0.2 s after each resumption,
/// until the cell says `done`. Runs go one at a time (one cell).
struct StoppingPython {
    /// The script to give as `--python`.
    let path: String
    let folder: String

    init(real: String, disturbed: Int, in folder: String) throws {
        self.folder = folder
        path = folder + "/python3"
        let script = """
            #!/bin/sh
            real='\(real)'
            dir='\(folder)'
            case "$1" in -c) ;; *) exec "$real" "$@" ;; esac
            n=$(cat "$dir/runs" 2>/dev/null || echo 0)
            echo $((n + 1)) > "$dir/runs"
            [ "$n" -ge \(disturbed) ] && exec "$real" "$@"
            STOPPED_MARK_DIR="$dir" "$real" "$@" &
            pid=$!
            while [ ! -e "$dir/waiting.$pid" ] && kill -0 "$pid" 2>/dev/null; do sleep 0.01; done
            while [ -e "$dir/waiting.$pid" ] && [ "$(cat "$dir/waiting.$pid")" != done ]; do
                kill -STOP "$pid" 2>/dev/null
                sleep 0.4
                kill -CONT "$pid" 2>/dev/null
                sleep 0.2
            done
            wait "$pid"

            """
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(script.utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o755)
    }

    /// How many times the script ran a cell.
    var runs: Int {
        Int(
            (try? String(contentsOfFile: folder + "/runs", encoding: .utf8))?.trimmingCharacters(
                in: .whitespacesAndNewlines) ?? "0") ?? 0
    }

    /// A cell that, in a run the script stops, says it is waiting and repeats `wait` (a statement that waits 0.1 s,
    /// e.g. `time.sleep(0.1)`: shorter than the stop, so the stop outlasts its deadline) until one took longer than
    /// 0.25 s (the script stopped it inside the wait), then says it is done; `setup` runs first.
    static func waitUntilStopped(_ wait: String, setup: String = "") -> String {
        """
        import os, queue, threading, time
        \(setup)
        folder = os.environ.get("STOPPED_MARK_DIR")
        if folder:
            mark = os.path.join(folder, "waiting.%d" % os.getpid())
            open(mark + ".tmp", "w").close()
            os.replace(mark + ".tmp", mark)
            while True:
                started = time.monotonic()
                \(wait)
                if time.monotonic() - started > 0.25:
                    break
            with open(mark + ".tmp", "w") as said:
                said.write("done")
            os.replace(mark + ".tmp", mark)
        print("stopped" if folder else "quiet")

        """
    }
}
