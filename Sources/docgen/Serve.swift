import ArgumentParser
import DocGen
import Foundation

extension Docgen {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build the site, serve it on 127.0.0.1, and rebuild when a page or the docgen binary changes.")

        @OptionGroup var pipeline: PipelineOptions

        @Option(help: "Folder the site is written to and served from.")
        var out = "site"

        @Option(help: "Port on 127.0.0.1 (0 picks a free one).")
        var port = 8000

        func run() async throws {
            let builder = pipeline.builder()
            let options = BuildOptions(
                contentFolder: pipeline.content, outputFolder: out, snapshotFolder: pipeline.snapshots,
                allowErrors: true)
            let server: StaticFileServer
            do { server = try StaticFileServer(root: out, port: port) } catch { throw fail(error) }
            await rebuild(builder, options)
            Thread.detachNewThread { server.serveForever() }
            note("serving \(out) at http://127.0.0.1:\(server.port)/ (Ctrl-C stops)")
            // Scenarios are compiled into docgen: after an edit, `swift build` replaces the binary cells run with.
            let watcher = ChangeWatcher(paths: [pipeline.content, SelfExecutable.path])
            var last = watcher.fingerprint()
            while true {
                try await Task.sleep(for: .seconds(1))
                let now = watcher.fingerprint()
                guard now != last else { continue }
                last = now
                await rebuild(builder, options)
            }
        }

        private func rebuild(_ builder: SiteBuilder, _ options: BuildOptions) async {
            do {
                let report = try await builder.build(options)
                report.warnings.forEach(warn)
                note(Build.summary(report, out: out))
            } catch {
                note("error: \(error)")
            }
        }
    }
}
