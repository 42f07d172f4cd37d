import DocGenRun
import Foundation
@_spi(Harness) import Threading

/// `docgen-cell worker`: the cell worker a build sends its cells to (`CellWorkerPool`), one `CellWorkerRequest` line
/// after another on descriptor 3 (`WorkerChannel.workerDescriptor`), each answered with one `CellWorkerReply` line.
///
/// Each request runs as in a cell's own process (`CellChild.serve`): its standard output and error are the files the
/// request names (so what the scenario writes outside Threading lands where it would have), its environment has the
/// request's variables, and what the scenario started is killed when it is done. A request that ends the process (a
/// crash, `exit()`) ends the worker, which docgen sees as that cell's process ending. Once a run has shown page lines
/// (`PyPageLines.wereShown`, which stays set in a process) the worker answers `last` and ends.
package enum CellWorkerLoop {
    /// The argument that makes `docgen-cell` a worker.
    package static let argument = "worker"

    /// Serves requests until the channel closes; returns the exit status (2 for a request that is not one).
    package static func serve() -> Int32 {
        CellProcessLifetime.adopt()
        ParentWatch.exitWhenParentDies()
        let channel = WorkerChannel(descriptor: WorkerChannel.workerDescriptor)
        _ = fcntl(channel.descriptor, F_SETFD, FD_CLOEXEC)  // not for the processes a scenario starts
        while case .line(let line) = channel.readLine() {
            guard let work = CellWorkerRequest(line: line),
                let request = CellChildRequest(arguments: work.arguments),
                redirect(1, to: work.standardOutput), redirect(2, to: work.standardError)
            else { return 2 }
            for (name, value) in work.environment { setenv(name, value, 1) }
            let status = CellChild.serve(request)
            fflush(nil)
            CellProcessLifetime.killDescendants()
            _ = redirect(1, to: "/dev/null")
            _ = redirect(2, to: "/dev/null")
            let last = PyPageLines.wereShown
            guard channel.write(CellWorkerReply(status: status, last: last).line), !last else { return 0 }
        }
        return 0
    }

    /// Points `descriptor` at the file `path` (created or emptied); false when it cannot be opened.
    private static func redirect(_ descriptor: Int32, to path: String) -> Bool {
        let file = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard file >= 0 else { return false }
        defer { close(file) }
        return dup2(file, descriptor) >= 0
    }
}
