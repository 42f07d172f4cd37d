import DocGenModel
import Foundation
import Subprocess

/// Runs one child process with swift-subprocess under a timeout and an output limit, in a process group of its own
/// (`ChildGroup`). Cancelling the calling task, or the timeout firing, kills the group; so does the child's exit, for
/// what it left running. A cell's child also ends by itself when docgen dies (`ParentWatch`).
enum ChildProcess {
    /// `lineOffset`: the cell's (`ScenarioSource.lineOffset`), for the child's runs (`CellChildRequest.lineOffsetVariable`).
    static func run(executable: String, arguments: [String], timeout: Double, outputLimit: Int, lineOffset: Int = 0)
        async -> Result<ChildOutput, CellFailure>
    {
        let token = RunToken()
        let outcome = await withTaskGroup(of: Result<ChildOutput, CellFailure>?.self) { group in
            group.addTask {
                do {
                    let result = try await Subprocess.run(
                        .path(.init(executable)), arguments: Arguments(arguments),
                        environment: .inherit.updating([
                            Environment.Key(stringLiteral: ParentWatch.variable): String(getpid()),
                            Environment.Key(stringLiteral: RunToken.variable): token.value,
                            Environment.Key(stringLiteral: TranscriptFormat.limitVariable): String(outputLimit),
                            Environment.Key(stringLiteral: CellChildRequest.lineOffsetVariable): String(lineOffset),
                        ]),
                        platformOptions: ChildGroup.platformOptions,
                        output: .bytes(limit: outputLimit), error: .bytes(limit: outputLimit))
                    ChildGroup.endLeftovers(of: result.processIdentifier.value)
                    let termination: ChildOutput.Termination =
                        switch result.terminationStatus {
                        case .exited(let code): .exited(code)
                        case .signaled(let signal): .signaled(signal)
                        }
                    return .success(
                        ChildOutput(
                            termination: termination, standardOutput: result.standardOutput,
                            standardError: result.standardError))
                } catch let error as SubprocessError where error.code == .outputLimitExceeded {
                    return .failure(.outputTooLarge(limit: outputLimit))
                } catch {
                    if Task.isCancelled { return nil }
                    return .failure(.launchFailed("\(executable): \(error)"))
                }
            }
            group.addTask {
                try? await Task.sleep(for: .milliseconds(Int(min(max(timeout, 0), 86_400 * 7) * 1000)))
                return Task.isCancelled ? nil : .failure(.timedOut(seconds: timeout))
            }
            var outcome: Result<ChildOutput, CellFailure>?
            while outcome == nil, let next = await group.next() {
                outcome = next
            }
            group.cancelAll()
            return outcome ?? .failure(.timedOut(seconds: timeout))
        }
        // A child that could not end what it started (killed, crashed): find those processes by their mark.
        // What the child started and did not end (killed or crashed before it could, or escaped it with setsid):
        // found by the mark its environment carries.
        token.killMarkedProcesses()
        return outcome
    }
}
