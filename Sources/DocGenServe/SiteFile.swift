import Foundation

/// Where a request target leads inside the served site folder.
enum SiteFile: Equatable {
    /// A regular file inside the site (its resolved path).
    case file(String)
    /// A folder asked for without its trailing slash: redirect to `location`.
    case folder(location: String)
    case notFound
    /// A target that tries to leave the site: `..`, a NUL, or a symlink resolving outside it.
    case forbidden

    /// Resolves the raw, percent-encoded path of a request (`/a%20b.html`) against `root`. Only files whose real
    /// path (symlinks resolved) lies inside the real path of `root` are returned.
    static func resolve(target rawPath: String, root: String) -> SiteFile {
        guard let decoded = rawPath.removingPercentEncoding, !decoded.contains("\0") else { return .forbidden }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        guard !segments.contains(where: { $0 == ".." || $0.contains("\\") }) else { return .forbidden }
        guard let realRoot = realPath(root) else { return .notFound }
        let joined = ([realRoot] + segments.map(String.init)).joined(separator: "/")
        guard let real = confined(joined, in: realRoot) else { return realPath(joined) == nil ? .notFound : .forbidden }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isFolder) else { return .notFound }
        guard isFolder.boolValue else { return .file(real) }
        guard decoded.hasSuffix("/") || segments.isEmpty else {
            // Rebuilt from the segments so `//host` never becomes a redirect to another site.
            let encoded = rawPath.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
            return .folder(location: "/" + encoded.joined(separator: "/") + "/")
        }
        guard realPath(real + "/index.html") != nil else { return .notFound }
        guard let index = confined(real + "/index.html", in: realRoot) else { return .forbidden }
        return .file(index)
    }

    /// The real path of `path` when it exists and lies inside `realRoot`.
    private static func confined(_ path: String, in realRoot: String) -> String? {
        guard let real = realPath(path), real == realRoot || real.hasPrefix(realRoot + "/") else { return nil }
        return real
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
