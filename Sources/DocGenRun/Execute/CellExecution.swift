import DocGenModel
import Foundation

/// The result of executing one cell.
package struct CellExecution: Sendable, Equatable {
    package var job: CellJob
    package var run: CellRun
    /// Problems that did not stop the run (e.g. invalid UTF-8 decoded lossily).
    package var warnings: [String]
    /// True when the transcript came from the cache and nothing was executed.
    package var cached: Bool
    /// For a cell with `explore=N`: its distinct outputs over N schedules.
    package var exploration: Exploration?
    /// True when the cell's exploration ran for this execution (it was not in the cache, as an exploration or as the
    /// same failure).
    package var explored = false
    /// True when swiftc compiled the cell's scenario for this execution (it was not in the compile cache).
    package var compiled = false
    /// True when the result cache holds what this execution shows, under the keys of the cell's inputs: its transcript
    /// (taken from the cache or stored now) and, when it was explored, its exploration or that exploration's failure.
    /// A build that runs the same inputs again would show the same (`PageInputs`).
    package var isInCache = false
    /// The SHA-256 of the transcript's text as the result cache holds it (`ResultCache`), when the run came from there
    /// or was stored now and the executor was asked for digests (`execute(_:useCache:progress:deferring:)`): what a
    /// cell's rendered fragment is keyed by (`CellFragmentKey`).
    package var transcriptDigest: String?
    /// The SHA-256 of the exploration's JSON text, as for `transcriptDigest`.
    package var explorationDigest: String?
    /// An exploration taken from the cache but not decoded yet (`deferring`): its JSON text; `exploration` is nil
    /// until `decodingExploration()`.
    package var explorationJSON: String?

    package init(
        job: CellJob, run: CellRun, warnings: [String] = [], cached: Bool = false, exploration: Exploration? = nil
    ) {
        self.job = job
        self.run = run
        self.warnings = warnings
        self.cached = cached
        self.exploration = exploration
    }
}

extension CellExecution {
    /// This execution with its deferred exploration (`explorationJSON`) decoded into `exploration`; nil when the JSON
    /// does not decode (a damaged cache entry: execute the cell again without deferring).
    package func decodingExploration() -> CellExecution? {
        guard let json = explorationJSON else { return self }
        guard let exploration = try? Exploration(json: Data(json.utf8)) else { return nil }
        var execution = self
        execution.exploration = exploration
        execution.explorationJSON = nil
        return execution
    }
}
