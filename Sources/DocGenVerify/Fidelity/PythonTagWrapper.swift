import Threading

/// The Python program that runs a cell for the fidelity check. It replaces `sys.stdout` and `sys.stderr` with
/// streams that keep every write, in the order the writes were made, with the stream and the thread that made it
/// (`print` makes one write per argument, separator and end, so other threads' writes can come between them, as in a
/// terminal), then runs the cell unchanged with `runpy.run_path(path, run_name="__main__")`. At exit the writes go to
/// file descriptor 1, one a line: `stream<TAB>thread<TAB>text`, the text escaped (`\\`, `\n`, `\r`, `\t`). Nothing is
/// written while the cell runs, so recording perturbs it no more than a Python-level `write` does.
/// Interpreter shutdown (waiting for non-daemon threads, abandoning daemons) happens as for `python3 cell.py`.
/// With a second argument, a watchdog outside `threading` (so the cell never sees it) waits that many seconds, then
/// writes what was kept and exits with `hangExitStatus`: the run of a cell that deadlocks on purpose ends there.
enum PythonTagWrapper {
    /// The exit status of a run the watchdog ended.
    static let hangExitStatus: Int32 = 75

    static let source = #"""
        import atexit, os, runpy, sys, threading

        writes, dumped = [], [0]

        class TaggedStream:
            def __init__(self, name):
                self.name = name

            def write(self, text):
                writes.append((self.name, threading.current_thread().name, text))
                return len(text)

            def flush(self):
                pass

        def escape(text):
            return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")

        def dump():
            kept = writes[dumped[0]:]
            dumped[0] += len(kept)
            data = "".join(
                "%s\t%s\t%s\n" % (stream, escape(thread), escape(text)) for stream, thread, text in kept
            ).encode("utf-8", "backslashreplace")
            while data:
                data = data[os.write(1, data):]

        sys.stdout, sys.stderr = TaggedStream("stdout"), TaggedStream("stderr")
        atexit.register(dump)
        path = sys.argv[1]
        if len(sys.argv) > 2:
            import _thread, time

            def give_up(seconds):
                time.sleep(seconds)
                dump()
                os._exit(75)

            _thread.start_new_thread(give_up, (float(sys.argv[2]),))
        sys.argv = [path]
        runpy.run_path(path, run_name="__main__")
        """#

    /// Reads one line the wrapper wrote: the stream, the thread and the text of one write; nil when it is not one.
    static func write(_ line: Substring) -> (stream: StdStream, thread: String, text: String)? {
        let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
        guard fields.count == 3, let stream = StdStream(rawValue: String(fields[0])) else { return nil }
        return (stream, unescape(fields[1]), unescape(fields[2]))
    }

    /// Undoes the wrapper's `escape`.
    static func unescape(_ text: Substring) -> String {
        guard text.contains("\\") else { return String(text) }
        var result = ""
        var escaped = false
        for char in text {
            if escaped {
                switch char {
                case "n": result.append("\n")
                case "r": result.append("\r")
                case "t": result.append("\t")
                default: result.append(char)
                }
                escaped = false
            } else if char == "\\" {
                escaped = true
            } else {
                result.append(char)
            }
        }
        return result
    }
}
