/// The Python program that runs a cell for the fidelity check. It replaces `sys.stdout` and `sys.stderr` with
/// streams that write each complete line to file descriptor 1 as `stream<TAB>thread<TAB>text` — the thread being
/// the one that wrote it — then runs the cell unchanged with `runpy.run_path(path, run_name="__main__")`.
/// Interpreter shutdown (waiting for non-daemon threads, abandoning daemons) happens as for `python3 cell.py`.
/// With a second argument, a watchdog outside `threading` (so the cell never sees it) waits that many seconds, then
/// writes what is pending and exits with `hangExitStatus`: the run of a cell that deadlocks on purpose ends there.
enum PythonTagWrapper {
    /// The exit status of a run the watchdog ended.
    static let hangExitStatus: Int32 = 75

    static let source = #"""
        import atexit, os, runpy, sys, threading

        class TaggedStream:
            def __init__(self, name):
                self.name, self.pending = name, {}

            def write(self, text):
                thread = threading.current_thread()
                key = (threading.get_ident(), thread.name)
                lines = (self.pending.pop(key, "") + text).split("\n")
                for line in lines[:-1]:
                    self.emit(thread.name, line)
                if lines[-1]:
                    self.pending[key] = lines[-1]
                return len(text)

            def emit(self, thread_name, line):
                os.write(1, ("%s\t%s\t%s\n" % (self.name, thread_name, line)).encode("utf-8", "backslashreplace"))

            def flush(self):
                pass

            def finish(self):
                for (ident, name), text in list(self.pending.items()):
                    self.emit(name, text)
                self.pending.clear()

        sys.stdout, sys.stderr = TaggedStream("stdout"), TaggedStream("stderr")
        atexit.register(sys.stderr.finish)
        atexit.register(sys.stdout.finish)
        path = sys.argv[1]
        if len(sys.argv) > 2:
            import _thread, time

            def give_up(seconds):
                time.sleep(seconds)
                sys.stdout.finish()
                sys.stderr.finish()
                os._exit(75)

            _thread.start_new_thread(give_up, (float(sys.argv[2]),))
        sys.argv = [path]
        runpy.run_path(path, run_name="__main__")
        """#
}
