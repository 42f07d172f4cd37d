import DocGenServe
import Foundation

/// The rebuild loop of `docgen serve`: builds once, then watches the files and rebuilds after each change (the
/// build's cache re-runs only the cells whose inputs changed), and tells the hub after every build, so open pages
/// reload. inotify events on the watched folders wake it within 10 ms; the watched files' fingerprint decides
/// whether anything changed, and is also polled every `interval` (the fallback, and for watched files), or less often
/// when a poll takes long (`pause(afterPollTaking:interval:)`). After a change it waits until the files stay unchanged
/// for `settle` (`settled(_:every:limit:fingerprint:)`), so a file saved in steps is built once, whole. A build that
/// throws leaves the previous site in place and becomes the hub's problem; failed cells (allowed, shown as error
/// cells) too. The next clean build clears it.
package struct LiveLoop: Sendable {
    /// Makes the builder of each build: called again for every rebuild, so that a docgen reinstalled under a running
    /// `serve` (a new runtime, a new runtime identity) re-runs the cells.
    package var builder: @Sendable () -> SiteBuilder
    package var options: BuildOptions
    package var watcher: ChangeWatcher
    package var hub: LiveReloadHub
    /// Time between two polls of the watched files' fingerprint.
    package var interval: Duration
    /// How long the watched files must stay unchanged after a change before the rebuild starts, so that a file saved in
    /// steps (truncated, then written) is built once, whole, and not first empty.
    package var settle: Duration = .milliseconds(100)
    /// The longest a rebuild waits for the files to stop changing (a file written without pause is built anyway).
    package var settleLimit: Duration = .seconds(2)
    /// Called after each build with its report or error (for the terminal).
    package var finished: @Sendable (Result<BuildReport, BuildError>) -> Void

    package init(
        builder: @escaping @Sendable () -> SiteBuilder, options: BuildOptions, watcher: ChangeWatcher,
        hub: LiveReloadHub,
        interval: Duration = .milliseconds(500), finished: @escaping @Sendable (Result<BuildReport, BuildError>) -> Void
    ) {
        self.builder = builder
        self.options = options
        self.watcher = watcher
        self.hub = hub
        self.interval = interval
        self.finished = finished
    }

    /// Builds, then watches and rebuilds until the calling task is cancelled.
    package func run() async {
        let folders = watcher.paths.filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
        }
        let events = FolderEvents(folders: folders)
        defer { events?.stop() }
        let tick: Duration = events == nil ? interval : .milliseconds(10)
        var last = watcher.fingerprint()
        await build()
        var nextPoll = ContinuousClock.now + interval
        var lastHeartbeat = ContinuousClock.now
        while !Task.isCancelled {
            try? await Task.sleep(for: tick)
            if ContinuousClock.now - lastHeartbeat > .seconds(15) {
                hub.heartbeat()
                lastHeartbeat = .now
            }
            guard events?.takeChange() == true || ContinuousClock.now >= nextPoll else { continue }
            let started = ContinuousClock.now
            let now = watcher.fingerprint()
            nextPoll = .now + Self.pause(afterPollTaking: .now - started, interval: interval)
            guard now != last, !Task.isCancelled else { continue }
            last = await Self.settled(now, every: settle, limit: settleLimit) { watcher.fingerprint() }
            guard !Task.isCancelled else { return }
            await build()
        }
    }

    /// The fingerprint once it stayed the same for `settle` (read again every `settle`), or the last one read when the
    /// files were still changing after `limit`.
    package static func settled(
        _ changed: [String], every settle: Duration, limit: Duration, fingerprint: () -> [String]
    ) async -> [String] {
        var current = changed
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline, !Task.isCancelled {
            try? await Task.sleep(for: settle)
            let again = fingerprint()
            if again == current { return current }
            current = again
        }
        return current
    }

    /// The time from one poll of the fingerprint to the next: `interval`, or 50 times what the last poll took when that
    /// is longer, so that polling a large content folder (20,000 files: about 70 ms a poll) keeps to 2 % of a core.
    package static func pause(afterPollTaking took: Duration, interval: Duration) -> Duration {
        max(interval, took * 50)
    }

    private func build() async {
        let result: Result<BuildReport, BuildError>
        do { result = .success(try await builder().build(options)) } catch { result = .failure(error) }
        guard !Task.isCancelled else { return }
        finished(result)
        switch result {
        case .success(let report) where report.failedCells.isEmpty:
            hub.published(problem: nil)
        case .success(let report):
            hub.published(
                problem: BuildProblem(
                    title: "\(report.failedCells.count) cell(s) failed; they show as error cells.",
                    detail: report.failedCells.map(\.description).joined(separator: "\n")))
        case .failure(let error):
            hub.published(
                problem: BuildProblem(
                    title: "the last build failed; the previous site is shown.", detail: error.description))
        }
    }
}
