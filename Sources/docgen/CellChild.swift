import DocGenRun
@_spi(Harness) import Threading

/// The process a build starts for a cell (`CellChildRequest`: `docgen run ID --tagged --library L`, `docgen explore
/// ID … --json --library L`): does what those commands do, without reading the arguments with ArgumentParser.
enum CellChild {
    static func perform(_ request: CellChildRequest) async throws {
        _ = SelfExecutable.path  // as every docgen command does first
        CellProcessLifetime.adopt()
        ParentWatch.exitWhenParentDies()
        switch request {
        case .run(_, let seed, let library):
            let program = try ScenarioProgram.load(library: library)
            try Docgen.Run.run(
                program, runtime: .simulated, schedule: seed.map { .random(seed: $0) } ?? .cpythonDefault,
                tagged: true)
        case .explore(let id, let runs, let seed, let library):
            let program = try ScenarioProgram.load(library: library)
            try Docgen.Explore.explore(
                program, .schedules(runs: runs, seed: seed ?? 0), show: Docgen.Explore.defaultShow, json: true, id: id,
                replayOptions: "")
        case .exhaustive(let id, let maxExecutions, let show, let library):
            let program = try ScenarioProgram.load(library: library)
            try Docgen.Explore.explore(
                program, .exhaustive(maxExecutions: maxExecutions, maxSeconds: 0, preemptionBound: nil), show: show,
                json: true, id: id, replayOptions: "")
        }
    }
}
