import DocGenModel
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The python3 a translation runs. A `python3` on `PATH` that is a script is a version manager's shim (pyenv's
/// starts bash and several helper scripts, 50-100 ms, before it runs the interpreter it picks): the interpreter it
/// picked (its `sys.executable`, which the parse script reports) is kept in the translations' cache under a key of
/// everything such a shim decides by: the shim file itself (its path and stamp), `PATH`, the working folder, the
/// `PYENV*`, `ASDF*`, `MISE*`, `VIRTUAL_ENV`, `CONDA_PREFIX`, `PYTHONHOME` and `HOME` variables, and the stamps of
/// the version files (`.python-version`, `.tool-versions`) in the working folder and every folder above it and of
/// pyenv's global `version` file. The next translation runs that interpreter directly; a change to any of them runs
/// the shim again. A `python3` that is a program is run as it is, with nothing kept.
struct PythonInterpreter: Equatable {
    /// What to run: a path, or the name as given when it is not on `PATH` (running it says it is missing).
    var command: String
    /// Where to keep the interpreter the run reports (`record(_:)`), when `command` is a shim; nil otherwise.
    var cacheFile: String?

    /// The python3 to run for `name` (a name looked up on `environment`'s `PATH`, or a path, run as it is), with
    /// translations cached in `cacheDirectory` (nil: none, so a shim is always run) and `directory` the working
    /// folder.
    static func resolve(
        _ name: String, cacheDirectory: String?, environment: [String: String], directory: String
    ) -> PythonInterpreter {
        guard !name.contains("/") else { return PythonInterpreter(command: name) }
        guard let found = onPath(name, environment["PATH"] ?? "") else { return PythonInterpreter(command: name) }
        guard isScript(found), let cacheDirectory else { return PythonInterpreter(command: found) }
        let cacheFile = ScenarioFiles.join(
            cacheDirectory, "python-" + key(shim: found, environment: environment, directory: directory))
        if let data = FileManager.default.contents(atPath: cacheFile) {
            let kept = String(decoding: data, as: UTF8.self)
            if kept.hasPrefix("/"), access(kept, X_OK) == 0, !isScript(kept) { return PythonInterpreter(command: kept) }
        }
        return PythonInterpreter(command: found, cacheFile: cacheFile)
    }

    /// Keeps `executable` (what the shim ran, `sys.executable`) for the next translations; a cache that cannot be
    /// written is skipped (it is only a speed-up).
    func record(_ executable: String) {
        guard let cacheFile, executable.hasPrefix("/"), !executable.contains("\n") else { return }
        try? FileManager.default.createDirectory(
            atPath: (cacheFile as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try? AtomicFile.write(executable, to: cacheFile, durable: false)
    }

    /// The first executable file `name` in the folders of `path` (`PATH`'s `:`-separated list).
    private static func onPath(_ name: String, _ path: String) -> String? {
        for folder in path.split(separator: ":", omittingEmptySubsequences: true) {
            let candidate = ScenarioFiles.join(String(folder), name)
            var status = stat()
            if stat(candidate, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, access(candidate, X_OK) == 0 {
                return candidate
            }
        }
        return nil
    }

    /// True when the file starts with `#!`.
    private static func isScript(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 2)) == Data("#!".utf8)
    }

    /// The key of what decides which interpreter the shim `shim` runs.
    private static func key(shim: String, environment: [String: String], directory: String) -> String {
        var hash = FNV1a64()
        hash.combine(field: "python interpreter 1")
        hash.combine(field: stamp(shim))
        let prefixes = ["PYENV", "ASDF", "MISE"]
        let names = ["PATH", "VIRTUAL_ENV", "CONDA_PREFIX", "PYTHONHOME", "HOME"]
        for name in environment.keys.sorted()
        where names.contains(name) || prefixes.contains(where: { name.hasPrefix($0) }) {
            hash.combine(field: name + "=" + environment[name]!)
        }
        hash.combine(field: directory)
        var folder = directory
        while true {
            for file in [".python-version", ".tool-versions"] {
                hash.combine(field: stamp(ScenarioFiles.join(folder, file)))
            }
            let parent = (folder as NSString).deletingLastPathComponent
            if parent == folder || parent.isEmpty { break }
            folder = parent
        }
        let root =
            environment["PYENV_ROOT"]
            ?? ((shim as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
        hash.combine(field: stamp(ScenarioFiles.join(root, "version")))
        if let home = environment["HOME"] { hash.combine(field: stamp(ScenarioFiles.join(home, ".tool-versions"))) }
        return hash.hex
    }

    /// `path` with its device, inode, size and change times, or with `none` when it is missing.
    private static func stamp(_ path: String) -> String {
        var status = stat()
        guard stat(path, &status) == 0 else { return path + " none" }
        return "\(path) \(status.st_dev) \(status.st_ino) \(status.st_size) "
            + "\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec) \(status.st_ctim.tv_sec).\(status.st_ctim.tv_nsec)"
    }
}
