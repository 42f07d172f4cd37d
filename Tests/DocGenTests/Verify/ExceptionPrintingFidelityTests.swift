import DocGenTestSupport
import Testing
import Threading

/// Threading's Python exceptions print what CPython's print for `print(e)`, `str(e)`, f-strings and `repr(e)`.
@Suite(.enabled(if: pythonIsInstalled())) struct ExceptionPrintingFidelityTests {
    @Test func eachExceptionPrintsItsMessageAndItsRepr() async throws {
        let python = """
            import concurrent.futures, concurrent.futures.thread, queue, threading

            errors = [
                Exception("plain"), RuntimeError("release unlocked lock"), ValueError("it's bad"),
                OverflowError("timeout value is too large"),
                AttributeError("'_thread._local' object has no attribute 'x'"), threading.BrokenBarrierError(),
                queue.Empty(), queue.Full(), SystemExit(3), SystemExit(), concurrent.futures.CancelledError(),
                TimeoutError("1 (of 4) futures unfinished"), concurrent.futures.InvalidStateError("FINISHED: done"),
                concurrent.futures.thread.BrokenThreadPool("A thread initializer failed"),
            ]
            for e in errors:
                print(e)
                print(f"[{e}]", str(e) == f"{e}", repr(e))
            try:
                raise ValueError("bad item 3")
            except ValueError as error:
                print("caught", error, [error])

            """
        try await expectSameOutputAsCPython(python: python) {
            let errors: [any PythonException] = [
                Exception("plain"), RuntimeError("release unlocked lock"), ValueError("it's bad"),
                OverflowError("timeout value is too large"),
                AttributeError("'_thread._local' object has no attribute 'x'"), threading.BrokenBarrierError(),
                queue.Empty(), queue.Full(), SystemExit(3), SystemExit(), concurrent.futures.CancelledError(),
                TimeoutError("1 (of 4) futures unfinished"), InvalidStateError("FINISHED: done"),
                BrokenThreadPool("A thread initializer failed"),
            ]
            for e in errors {
                print(e)
                print("[\(e)]", str(e) == "\(e)", repr(e))
            }
            do {
                throw ValueError("bad item 3")
            } catch let error as ValueError {
                print("caught", error, [error])
            }
        }
    }
}
