import DocGenModel
import Foundation
import Synchronization

/// The cell workers of one execution (`CellWorker`, `docgen-cell worker`): a cell's run or exploration is sent to an
/// idle worker, or to a new one when none is idle, and gives exactly what the cell's own process would have given
/// (`ChildOutput`, or a `CellFailure` for a time-out, too much output or a failed start). A worker that ended (the cell
/// crashed, called `exit()` or timed out) is replaced by the next cell's; each worker takes at most
/// `requestsPerWorker` requests, so what one cell leaves in memory does not pile up.
///
/// What a cell writes goes to two files of `folder` named in its request and read back once it is done: the files of
/// the worker that runs it (`<pid>.out`, `<pid>.err`), which each of its requests truncates, removed when the pool
/// shuts down. Not two new files per request: creating a file costs a scan of the inode bitmap on this machine's file
/// system (ext4 skips the inodes of files deleted in the last minutes), and a build of 5,000 cells made 10,000.
package final class CellWorkerPool: Sendable {
    /// The executable started as `executable worker` (`docgen-cell`).
    let executable: String
    /// Requests a worker takes before it is ended and replaced.
    static let requestsPerWorker = 256
    private let folder: String
    private let idle = Mutex<[CellWorker]>([])

    /// A pool starting `executable`; `nil` when its folder for the cells' output cannot be made.
    package init?(executable: String) {
        var template = Array((NSTemporaryDirectory() + "/docgen-cells-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else { return nil }
        self.executable = executable
        folder = String(cString: made)
    }

    /// Runs the `CellChildRequest` `arguments` in a worker with the cell's environment (its output limit, its line
    /// offset), at most `timeout` seconds; at most `outputLimit` bytes on each of its standard output and error.
    func run(arguments: [String], timeout: Double, outputLimit: Int, lineOffset: Int) async
        -> Result<ChildOutput, CellFailure>
    {
        let worker: CellWorker
        switch idle.withLock({ $0.popLast() }).map({ Result.success($0) }) ?? CellWorker.start(executable: executable) {
        case .success(let started): worker = started
        case .failure(let failure): return .failure(failure)
        }
        let request = CellWorkerRequest(
            arguments: arguments,
            environment: [
                TranscriptFormat.limitVariable: String(outputLimit),
                CellChildRequest.lineOffsetVariable: String(lineOffset),
            ],
            standardOutput: folder + "/\(worker.pid).out", standardError: folder + "/\(worker.pid).err")
        // Emptied here too: a worker that ends before it opens them must not pass its last output off as this one's.
        truncate(request.standardOutput, 0)
        truncate(request.standardError, 0)
        let answer = await withTaskCancellationHandler {
            await Self.offPool { worker.perform(request, timeout: timeout, outputLimit: outputLimit) }
        } onCancel: {
            worker.interrupt()
        }
        if Task.isCancelled {
            worker.end()
            return .failure(.timedOut(seconds: timeout))
        }
        let termination: ChildOutput.Termination
        switch answer {
        case .timedOut:
            return .failure(.timedOut(seconds: timeout))
        case .tooMuchOutput:
            return .failure(.outputTooLarge(limit: outputLimit))
        case .ended(let ended):
            termination = ended
        case .replied(let status, _):
            termination = .exited(status)
        }
        // Read before the worker is idle again: its next request, maybe another cell's at once, empties these files.
        let standardOutput = Self.contents(request.standardOutput, limit: outputLimit)
        let standardError = Self.contents(request.standardError, limit: outputLimit)
        if case .replied = answer, worker.isUsable {
            if worker.answered < Self.requestsPerWorker {
                idle.withLock { $0.append(worker) }
            } else {
                worker.end()
            }
        }
        guard let standardOutput, let standardError else { return .failure(.outputTooLarge(limit: outputLimit)) }
        return .success(
            ChildOutput(termination: termination, standardOutput: standardOutput, standardError: standardError))
    }

    /// Ends every idle worker and removes the output folder and the workers' files in it. Call once no cell runs.
    package func shutDown() {
        let workers = idle.withLock { workers in
            defer { workers.removeAll() }
            return workers
        }
        for worker in workers { worker.end() }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            unlink(folder + "/" + name)
        }
        rmdir(folder)
    }

    /// The bytes of `path` (none when it is missing), `nil` when there are more than `limit`.
    private static func contents(_ path: String, limit: Int) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return data.count > limit ? nil : Array(data)
    }

    /// Runs the blocking `work` on a thread of its own, off Swift concurrency's few threads.
    private static func offPool<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Value {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: work()) }
        }
    }
}
