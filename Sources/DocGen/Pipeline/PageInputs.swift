import DocGenModel
import DocGenRun
import DocGenSite
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What each page's files are made from, read from the files themselves before anything runs, as one SHA-256 key per
/// page (`CacheKey`):
///
/// - shared by every page: docgen itself (`RendererIdentity`: its version and executable, which every change to its
///   parser, translator, runtime or renderer relinks), what decides cells' cached results besides their own source
///   (`ExecutionSettings.resultIdentity`), the decorators and the recordings folder, the content folder as given (pages
///   name scenarios by it), and every page's name and title (each page's sidebar lists them);
/// - the page's own: its Markdown bytes (its prose, cells, options and Python), and for each cell the bytes of its
///   scenario file (`<content>/<page>/<cell>.swift`, or that it has none) and of its file in each folder the build
///   checks cells against (`<recordings>/<page>/<cell>.txt`: the model check and the CPython badge).
///
/// A page's view is made from nothing else when each of its cells' results comes from the result cache, whose keys
/// are made of the same inputs (`CellExecution.isInCache`; a cell marked `cache=off`, a failed run or a warning makes
/// the page un-keyed). A page whose key is the one its files were last written from, and whose files are still as that
/// build left them, is kept without mapping, running, decoding or rendering anything of it
/// (`SiteWriter.keptPages`).
package struct PageInputs: Sendable {
    /// The part of every page's key that is not the page's own.
    let shared: String
    private let contentFolder: String
    /// Folders holding a file per cell that the build reads (`<folder>/<page>/<cell>.txt`).
    let cellFileFolders: [String]

    /// The inputs of a build by `builder` of `contentFolder`.
    init(builder: SiteBuilder, contentFolder: String) {
        var key = CacheKey()
        key.combine(field: "page inputs 1")
        key.combine(field: builder.rendererIdentity)
        key.combine(field: builder.executor.settings.resultIdentity)
        for decorator in builder.decorators { key.combine(field: String(reflecting: decorator)) }
        key.combine(field: "recordings \(builder.recordings)")
        key.combine(field: "content \(contentFolder)")
        shared = key.hex
        self.contentFolder = contentFolder
        var folders = [builder.recordings]
        for decorator in builder.decorators { folders += decorator.cellFileFolders }
        var seen: Set<String> = []
        cellFileFolders = folders.filter { seen.insert($0).inserted }
    }

    /// The key of every page of `documents` whose inputs could all be read, by page name.
    func keys(_ documents: [Document]) -> [String: String] {
        var sidebar = CacheKey()
        sidebar.combine(field: shared)
        for document in documents.sorted(by: { $0.page < $1.page }) {
            sidebar.combine(field: document.page)
            sidebar.combine(field: document.title)
        }
        let everyPage = sidebar.hex
        var keys: [String: String] = [:]
        var missing = MissingFolders()
        for document in documents {
            keys[document.page] = key(of: document, shared: everyPage, missing: &missing)
        }
        return keys
    }

    /// The key of `document`'s page; nil when its Markdown cannot be read. The files of the page's cells in a folder
    /// of the page known to be missing (`missing`) are not looked up each: they are missing too.
    private func key(of document: Document, shared: String, missing: inout MissingFolders) -> String? {
        guard let markdown = FileManager.default.contents(atPath: document.sourcePath) else { return nil }
        var key = CacheKey()
        key.combine(field: shared)
        key.combine(field: document.page)
        key.combine(field: CacheKey.digest(of: markdown))
        let scenarios = ScenarioFiles(contentFolder: contentFolder)
        let noScenarios = missing.isMissing(scenarios.folder(page: document.page))
        let noCellFiles = cellFileFolders.map { missing.isMissing(ScenarioFiles.join($0, document.page)) }
        for cell in document.cells {
            key.combine(field: "cell \(cell.id)")
            key.combine(
                field: noScenarios ? Self.none : Self.state(of: scenarios.path(page: document.page, cell: cell.id)))
            for (folder, none) in zip(cellFileFolders, noCellFiles) {
                key.combine(
                    field: none
                        ? Self.none : Self.state(of: ScenarioFiles.join(folder, "\(document.page)/\(cell.id).txt")))
            }
        }
        return key.hex
    }

    /// The state (`state(of:)`) of a file that does not exist.
    static let none = "none"

    /// What the file at `path` holds: `none`, or its bytes' digest (through a symbolic link, named with where it
    /// leads, since a link may be refused where a file is not).
    static func state(of path: String) -> String {
        var status = stat()
        guard lstat(path, &status) == 0 else { return none }
        let link = status.st_mode & S_IFMT == S_IFLNK ? "link \(Self.resolved(path)) " : ""
        guard let bytes = FileManager.default.contents(atPath: path) else { return link + "unreadable" }
        return link + "file " + CacheKey.digest(of: bytes)
    }

    private static func resolved(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return "dangling" }
        defer { free(real) }
        return String(cString: real)
    }
}
