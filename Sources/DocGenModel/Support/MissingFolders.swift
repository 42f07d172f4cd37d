#if canImport(Glibc)
    import Glibc
#endif

/// Which folders do not exist, each looked up once. A file under a missing folder is missing too, so the files a
/// build looks for per cell (`<content>/<page>/<cell>.swift`, `<recordings>/<page>/<cell>.txt`) need no lookup each
/// when their page's folder is missing: a rebuild of a page of 2,000 cells without hand-written scenarios or
/// recordings looked 14,000 times for files that were not there.
package struct MissingFolders: Sendable {
    private var known: [String: Bool] = [:]

    package init() {}

    /// True when `folder` is known not to exist: looking it up (`lstat`, which follows links on the way to it as
    /// looking up a file in it would) says no such file (`ENOENT`) or that a part of the path is no folder
    /// (`ENOTDIR`). False when it exists, or when the lookup failed otherwise (then each file is looked up).
    package mutating func isMissing(_ folder: String) -> Bool {
        if let missing = known[folder] { return missing }
        var status = stat()
        let missing = lstat(folder, &status) != 0 && (errno == ENOENT || errno == ENOTDIR)
        known[folder] = missing
        return missing
    }
}
