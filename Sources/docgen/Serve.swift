import ArgumentParser
import DocGen
import DocGenRun
import DocGenServe
import Foundation

extension Docgen {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Build the site, serve it on 127.0.0.1, rebuild on every change and reload open pages.")

        @OptionGroup var pipeline: PipelineOptions

        @Option(help: "Folder the site is written to and served from.")
        var out = "site"

        @Option(parsing: .unconditional, help: "Port on 127.0.0.1, 1-65535 (0 picks a free one).")
        var port = "8000"

        func validate() throws {
            try pipeline.validate(out: out)
        }

        func run() async throws {
            guard let port = UInt16(port, radix: 10) else {
                note("error: --port must be a number from 1 to 65535 (0 picks a free port), not '\(port)'")
                throw ExitCode(2)
            }
            let initial = pipeline.builder()  // exits when the cache cannot be written or the runtime is missing
            let hub = LiveReloadHub()
            let server: PreviewServer
            let listening: Int
            do {
                server = try PreviewServer(root: out, port: port, hub: hub, trouble: warn)
                listening = try await server.start()
            } catch {
                throw fail(error)
            }
            note("serving \(out) at http://127.0.0.1:\(listening)/ (live reload; Ctrl-C stops)")
            // The binary too: a rebuilt docgen (a new runtime) re-runs the cells.
            let loop = LiveLoop(
                builder: { [pipeline] in (try? pipeline.locatedBuilder()) ?? initial },
                options: BuildOptions(
                    contentFolder: pipeline.content, outputFolder: out, snapshotFolder: pipeline.snapshots,
                    allowErrors: true),
                watcher: ChangeWatcher(paths: [pipeline.content, SelfExecutable.path]), hub: hub
            ) { [out] result in
                switch result {
                case .success(let report):
                    report.warnings.forEach(warn)
                    note(Build.summary(report, out: out))
                case .failure(let error):
                    note("error: \(error)")
                }
            }
            let rebuilding = Task { await loop.run() }
            let signal = await StopSignal.wait()
            note("stopping (\(signal))")
            // Every process below serve (each child's group and all descendants) before the build is cancelled, and
            // again after for any started meanwhile.
            ChildReaper.killChildren()
            rebuilding.cancel()
            await rebuilding.value
            ChildReaper.killChildren()
            await server.stop()
        }
    }
}
