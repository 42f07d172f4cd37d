import Testing

@_spi(Harness) @_spi(Search) @testable import Threading

/// The end of a run (the main thread's last step, which abandons the daemon threads) is dependent only with steps
/// that write output and with what its own step touched: a daemon abandoned just before a step that prints nothing
/// prints what it printed when abandoned just after it. So the search ends the run at each point in the output a
/// daemon can be cut at, not after each of the daemon's steps, and still finds every output the program can print
/// (every schedule enumerated without reduction is the reference).
@Suite struct DaemonCutTests {
    /// A daemon that does `quiet` steps that print nothing (reads of a shared variable) before each of its three
    /// prints, while the main thread prints a line and ends.
    private static func daemonWithQuietSteps(_ quiet: Int) -> @Sendable () throws -> Void {
        {
            @Threading.Shared var setting = 0
            let daemon = Thread(
                target: {
                    for line in 1...3 {
                        for _ in 0..<quiet { _ = setting }
                        print("daemon", line)
                    }
                }, daemon: true)
            try daemon.start()
            print("main ends")
        }
    }

    private func outputs(_ program: @escaping @Sendable () throws -> Void, reduces: Bool) -> (Set<String>, Int) {
        var search = ExhaustiveSearch()
        search.reduces = reduces
        var outputs: Set<String> = []
        let summary = search.run(program) { result, _ in outputs.insert(result.text(of: .stdout)) }
        #expect(summary.complete)
        return (outputs, summary.executions)
    }

    @Test func everyOutputOfADaemonCutAtExitIsFound() {
        for quiet in [0, 1, 3] {
            let (all, schedules) = outputs(Self.daemonWithQuietSteps(quiet), reduces: false)
            let (reduced, executions) = outputs(Self.daemonWithQuietSteps(quiet), reduces: true)
            #expect(reduced == all, "\(quiet) quiet steps: \(all.subtracting(reduced)) not found")
            #expect(all.contains("main ends\n") && all.contains("daemon 1\ndaemon 2\ndaemon 3\nmain ends\n"))
            print(
                "daemon cut, \(quiet) quiet steps: \(all.count) outputs, \(executions) executions, \(schedules) schedules"
            )
        }
    }

    @Test func stepsThatPrintNothingAddNoExecutions() {
        let (_, withoutQuietSteps) = outputs(Self.daemonWithQuietSteps(0), reduces: true)
        let (_, withQuietSteps) = outputs(Self.daemonWithQuietSteps(3), reduces: true)
        #expect(withQuietSteps == withoutQuietSteps, "\(withQuietSteps) executions against \(withoutQuietSteps)")
    }
}
