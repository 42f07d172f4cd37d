/// The stages of a build that take time, in the order a build starts them.
package enum BuildStage: String, Sendable, CaseIterable, Comparable {
    /// Cells' Python turned into Swift scenarios (one python3 for those not in the cache).
    case translating
    /// Scenarios compiled into libraries (those not in the compile cache).
    case compiling
    /// Cells run in their own process (those whose transcript is not in the cache).
    case running
    /// Cells' schedules explored (those whose exploration is not in the cache).
    case exploring

    /// What `count` of the stage's pieces of work are (`1 scenario`, `2 scenarios`).
    package func unit(_ count: Int) -> String {
        let plural = self == .compiling ? "scenarios" : "cells"
        return count == 1 ? String(plural.dropLast()) : plural
    }

    package static func < (left: BuildStage, right: BuildStage) -> Bool {
        allCases.firstIndex(of: left)! < allCases.firstIndex(of: right)!
    }
}

/// Where a build's stages report their work as they find it and do it (`docgen build` draws it on a terminal; the
/// facade counts it for the summary line). Called from any thread.
package protocol BuildProgress: Sendable {
    /// `count` more pieces of `stage` are to be done (the total of a stage can grow as the build finds work).
    func expect(_ count: Int, _ stage: BuildStage)
    /// `count` pieces of `stage` are done.
    func finish(_ count: Int, _ stage: BuildStage)
}

extension BuildStage {
    /// `compiled`, for the line of a finished stage.
    package var pastTense: String {
        switch self {
        case .translating: "translated"
        case .compiling: "compiled"
        case .running: "ran"
        case .exploring: "explored"
        }
    }
}
