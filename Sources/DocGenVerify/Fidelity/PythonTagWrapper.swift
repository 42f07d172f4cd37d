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
///
/// On CPython 3.12 and later the wrapper also times every `time.sleep`, every wait with a timeout that goes through
/// `threading.Condition.wait` (`Event`, `Semaphore`, `Barrier`, `Timer`, `queue`, `concurrent.futures`) and every
/// `Thread.join` with a timeout, through `sys.monitoring` (so the cell's objects, calls and tracebacks are untouched),
/// and ends its output with one `timing` line: how many of them returned later than `lateness` allows, and the
/// latest of them in words (`RunTiming`). A loaded machine makes such waits oversleep, and then CPython prints what it
/// would not print on a quiet one.
enum PythonTagWrapper {
    /// The exit status of a run the watchdog ended.
    static let hangExitStatus: Int32 = 75

    /// How late a sleep or timed wait may return before its run counts as disturbed: more than 20 ms and more than
    /// a tenth of the time asked for.
    static let lateness = (seconds: 0.020, share: 0.10)

    static let source = #"""
        import atexit, os, runpy, sys, threading

        writes, dumped = [], [0]
        timing = [0, "", 0.0, False]  # late returns, the latest in words, how late it was, whether timed at all

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
            data += ("timing\t%s\t%s\n" % (timing[0] if timing[3] else "untimed", escape(timing[1]))).encode(
                "utf-8", "backslashreplace"
            )
            while data:
                data = data[os.write(1, data):]

        def time_sleeps_and_timed_waits(late_after, late_share, ignored):
            monitoring = getattr(sys, "monitoring", None)
            tool = next((i for i in (3, 4) if monitoring.get_tool(i) is None), None) if monitoring else None
            if tool is None:
                return
            import _thread, time

            monitoring.use_tool_id(tool, "docgen fidelity")
            events, disable, now, ident = monitoring.events, monitoring.DISABLE, time.monotonic, _thread.get_ident
            sleep, acquire = time.sleep, type(_thread.allocate_lock()).acquire
            wait_code = threading.Condition.wait.__code__
            started = {}

            def seconds_of(value):
                return max(0.0, float(value)) if isinstance(value, (int, float)) else None

            def begin(kind, seconds):
                if seconds is None:
                    started.pop((ident(), kind), None)
                else:
                    started[(ident(), kind)] = (now(), seconds)

            def end(kind, what):
                begun = started.pop((ident(), kind), None)
                if begun is None:
                    return
                took = now() - begun[0]
                late = took - begun[1]
                if late > max(late_after, late_share * begun[1]):
                    thread = threading._active.get(ident())
                    timing[0] += 1
                    if late > timing[2]:
                        name = thread.name if thread else str(ident())
                        timing[1] = "%s(%g) returned after %.3f s in thread %s" % (what, begun[1], took, name)
                        timing[2] = late

            def on_call(code, offset, function, first):
                if code in ignored:
                    return disable
                if function is sleep:
                    begin("sleep", seconds_of(first))
                elif code is wait_code:
                    if function is acquire and first.locked():  # the waiter lock, acquired again with the timeout
                        begin("wait", seconds_of(sys._getframe(1).f_locals.get("timeout")))
                else:
                    return disable

            def on_return(code, offset, function, first):
                if function is sleep:
                    end("sleep", "time.sleep")
                elif code is wait_code and function is acquire:
                    end("wait", "a wait with timeout")

            def on_raise(code, offset, function, first):
                started.pop((ident(), "sleep" if function is sleep else "wait"), None)

            monitoring.register_callback(tool, events.CALL, on_call)
            monitoring.register_callback(tool, events.C_RETURN, on_return)
            monitoring.register_callback(tool, events.C_RAISE, on_raise)
            monitoring.register_callback(
                tool, events.PY_START, lambda code, offset: begin(
                    "join", seconds_of(sys._getframe(1).f_locals.get("timeout"))
                )
            )
            monitoring.register_callback(tool, events.PY_RETURN, lambda code, offset, value: end("join", "Thread.join"))
            monitoring.set_events(tool, events.CALL | events.C_RETURN | events.C_RAISE)
            monitoring.set_local_events(tool, threading.Thread.join.__code__, events.PY_START | events.PY_RETURN)
            timing[3] = True

        sys.stdout, sys.stderr = TaggedStream("stdout"), TaggedStream("stderr")
        atexit.register(dump)
        path = sys.argv[1]
        ignored = set()
        if len(sys.argv) > 2:
            import _thread, time

            def give_up(seconds):
                time.sleep(seconds)
                dump()
                os._exit(75)

            ignored.add(give_up.__code__)
            _thread.start_new_thread(give_up, (float(sys.argv[2]),))
        time_sleeps_and_timed_waits(\#(lateness.seconds), \#(lateness.share), ignored)
        sys.argv = [path]
        runpy.run_path(path, run_name="__main__")
        """#

    /// Reads one line the wrapper wrote: the stream, the thread and the text of one write; nil when it is not one.
    static func write(_ line: Substring) -> (stream: StdStream, thread: String, text: String)? {
        let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
        guard fields.count == 3, let stream = StdStream(rawValue: String(fields[0])) else { return nil }
        return (stream, unescape(fields[1]), unescape(fields[2]))
    }

    /// Reads the wrapper's last line, `timing<TAB>late returns<TAB>the latest in words` (`untimed` instead of the
    /// count when the interpreter cannot time them); nil when `line` is not one.
    static func timing(_ line: Substring) -> RunTiming? {
        let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
        guard fields.count == 3, fields[0] == "timing" else { return nil }
        if fields[1] == "untimed" { return RunTiming(timed: false) }
        guard let late = Int(fields[1]) else { return nil }
        return RunTiming(timed: true, lateReturns: late, latest: unescape(fields[2]))
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
