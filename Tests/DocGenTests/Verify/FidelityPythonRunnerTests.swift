import DocGenTestSupport
@testable import DocGenVerify
import Foundation
import Testing

/// Runs real python3 (skipped where there is none): the wrapper must tag each line with its stream and thread and
/// keep Python's exit rules (non-daemon threads waited for).
@Suite("Fidelity python runner", .enabled(if: pythonIsInstalled()))
struct FidelityPythonRunnerTests {

    @Test func tagsLinesWithStreamAndThread() async throws {
        let source = """
            import logging, threading, time

            printed = threading.Event()
            main_done = threading.Event()

            def worker():
                print("in", end=" ")
                print("worker")
                printed.set()
                main_done.wait()
                time.sleep(0.1)
                logging.warning("late")

            if __name__ == "__main__":
                logging.basicConfig(format="%(threadName)s %(message)s")
                threading.Thread(target=worker).start()
                printed.wait()
                print("main done")
                main_done.set()

            """
        let lines = try await PythonCellRunner().run(cell: "tests/tagging", source: source)
        #expect(
            lines == [
                FidelityLine(stream: .stdout, thread: "Thread-1 (worker)", text: "in worker"),
                FidelityLine(stream: .stdout, thread: "MainThread", text: "main done"),
                FidelityLine(stream: .stderr, thread: "Thread-1 (worker)", text: "Thread-1 (worker) late"),
            ])
    }

    @Test func aCellThatDeadlocksOnPurposeGivesItsOutputUpToTheHang() async throws {
        let source = """
            import threading
            lock = threading.Lock()
            lock.acquire()
            print("about to block")
            threading.Thread(target=lock.acquire, name="stuck").start()
            print("main waits too")
            lock.acquire()

            """
        let lines = try await PythonCellRunner().run(cell: "tests/hang", source: source, hangs: true)
        #expect(
            lines == [
                FidelityLine(stream: .stdout, thread: "MainThread", text: "about to block"),
                FidelityLine(stream: .stdout, thread: "MainThread", text: "main waits too"),
            ])
    }

    @Test func aCellMarkedToDeadlockThatFinishesIsAFailure() async throws {
        let error = await #expect(throws: FidelityError.self) {
            try await PythonCellRunner().run(cell: "tests/no-hang", source: "print('done')\n", hangs: true)
        }
        #expect(error?.description.contains("marked expect=deadlock but finished") == true)
    }

    @Test func reportsAFailingCell() async throws {
        await #expect(throws: FidelityError.self) {
            try await PythonCellRunner().run(cell: "tests/failing", source: "raise ValueError('no')\n")
        }
    }
}

/// Whether `python3` is on `PATH`.
func pythonIsInstalled() -> Bool {
    (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
        FileManager.default.isExecutableFile(atPath: "\($0)/python3")
    }
}
