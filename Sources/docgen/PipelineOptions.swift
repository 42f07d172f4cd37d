import ArgumentParser
import DocGen
import DocGenRun
import DocGenSite
import Foundation

/// Options shared by the commands that read content and run cells.
struct PipelineOptions: ParsableArguments {
    @Option(help: "Folder of Markdown pages.")
    var content = "content"

    @Option(help: "Folder of snapshot transcripts (<page>/<cell>.txt).")
    var snapshots = "Tests/Snapshots"

    @Option(
        name: .customLong("jobs"),
        help: """
            Cells run at once, 1 to 256 (default: number of cores); docgen explore runs J schedules at once, and \
            with --exhaustive splits the search into parts explored on J cores.
            """, transform: NumberArgument.jobs)
    var givenJobs: Int?

    /// Cells run at once: `--jobs`, or the number of cores.
    var jobs: Int { givenJobs ?? ExecutionSettings.defaultJobs }

    @Option(
        help: "Seconds before a cell is killed, more than 0 and at most 86400 (a cell's own timeout=S option wins).",
        transform: NumberArgument.seconds)
    var timeout: Double = 30

    @Option(help: "Folder of recorded CPython outputs (<page>/<cell>.txt), shown and checked against on the pages.")
    var recordings = "Tests/Fidelity"

    @Option(help: "Folder of cached transcripts and compiled scenarios.")
    var cache = ".docgen-cache"

    @Option(
        help: "Seconds before compiling one scenario is given up, more than 0 and at most 86400.",
        transform: NumberArgument.seconds)
    var compileTimeout: Double = ScenarioCompiler.defaultTimeout

    /// Every folder option names a folder (not `""`, not `/`), and no two are the same or nested.
    func validate() throws {
        try FolderOptions.requireNamed(folders)
        try FolderOptions.requireApart(folders)
    }

    /// The folder options and their values.
    var folders: [FolderOptions.Named] {
        [("--content", content), ("--snapshots", snapshots), ("--recordings", recordings), ("--cache", cache)]
    }

    /// Also checks that the site folder `out` (`--out`) is none of the others, inside none and contains none: a
    /// build replaces it as a whole.
    func validate(out: String) throws {
        try FolderOptions.requireNamed([("--out", out)])
        try FolderOptions.requireApart(folders + [("--out", out)])
    }

    /// A site builder whose cells' scenarios are compiled against this binary's Threading and run as its children.
    /// Without the Threading module beside the binary, prints why and exits with status 1.
    /// With `writingCache` (every command that runs cells), a cache folder that cannot be written is one error line
    /// and exit status 1 before any cell runs, not a cell's failure.
    func builder(writingCache: Bool = true) -> SiteBuilder {
        if writingCache {
            for folder in [cache, compileCache] {
                if let reason = Self.unwritable(folder) {
                    note(
                        "error: cannot write the cache folder \(folder) (\(reason)); give --cache a writable folder "
                            + "or make it writable")
                    Foundation.exit(1)
                }
            }
        }
        do {
            return try locatedBuilder()
        } catch {
            note("error: \(error)")
            Foundation.exit(1)
        }
    }

    /// The content folder's cells as `builder` maps them, only those `only` names when it names any. An id in `only`
    /// that names no cell is an error: a mistyped id would otherwise check nothing and pass.
    func cells(only: [String], of builder: SiteBuilder) async throws -> [MappedCell] {
        let mapped: [MappedCell]
        do {
            mapped = try await builder.plan(content).cells.filter { only.isEmpty || only.contains($0.id) }
        } catch {
            throw fail(error)
        }
        if let unknown = only.first(where: { id in !mapped.contains { $0.id == id } }) {
            throw fail("no cell \(unknown) in \(content); `docgen list` shows the cells")
        }
        return mapped
    }

    /// The builder of `builder()`, found again (the runtime's identity re-read: `serve` calls it for every rebuild,
    /// so a reinstalled docgen re-runs the cells); it neither probes the cache nor exits.
    ///
    /// - Throws: `CompileFailure` when the Threading module is not beside the binary (in the middle of a reinstall).
    func locatedBuilder() throws(CompileFailure) -> SiteBuilder {
        let compiler = try ScenarioCompiler.locate(
            executable: SelfExecutable.path, cacheDirectory: compileCache, timeout: compileTimeout)
        let settings = ExecutionSettings(
            command: .docgen(SelfExecutable.path), timeout: timeout, jobs: jobs,
            cacheDirectory: cache, compiler: compiler)
        return SiteBuilder(
            executor: CellExecutor(settings: settings),
            decorators: [ExplorationDecorator(), TimelineDecorator(), FidelityDecorator(recordings: recordings)],
            recordings: recordings)
    }

    /// Why `folder` cannot be written (made if missing, then a file created and deleted in it), or `nil`.
    private static func unwritable(_ folder: String) -> String? {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
            return underlying.map { String(cString: strerror(Int32($0.code))) } ?? error.localizedDescription
        }
        var template = Array((folder + "/.docgen-probe-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        close(descriptor)
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        return nil
    }

    /// Where compiled scenarios are kept: `DOCGEN_COMPILE_CACHE` when set (tests share one), else `<cache>/compiled`.
    var compileCache: String {
        if let shared = ProcessInfo.processInfo.environment["DOCGEN_COMPILE_CACHE"], !shared.isEmpty { return shared }
        return cache + "/compiled"
    }
}
