import DocGenModel
import DocGenSite
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Everything a whole build of a site is made from, as one key read before anything is parsed: what every page's key
/// shares (`PageInputs`: docgen itself, what decides cells' results, the decorators, the recordings folder's name, the
/// content folder's name), the output folder and the options that change what is written (`--allow-errors`,
/// `--strict`), and the bytes of every file in the content folder (pages, scenarios, linked files) and in each folder
/// the build reads a file per cell from (the recordings). When the key and the output folder are as the last build
/// left them, that build's site is the one a new build would write (`UnchangedSite`).
///
/// The folders' stamps (`FolderListing.stamps`) are read before their bytes: a build whose inputs were written while
/// it ran (`docgen serve` while the author types) may have read other bytes than the key's, so its site is not
/// recorded as made from them (`isUnchanged`).
struct BuildInputs {
    /// The key of every input's bytes.
    let key: String
    private let folders: [String]
    private let stamps: String

    /// The inputs of a build by `builder` with `options`; nil when they cannot be read (a folder that cannot be read,
    /// or a symbolic link to a folder inside one): the build then runs.
    init?(builder: SiteBuilder, options: BuildOptions) {
        let pages = PageInputs(builder: builder, contentFolder: options.contentFolder)
        folders = [options.contentFolder] + pages.cellFileFolders
        guard let stamps = Self.stamps(of: folders) else { return nil }
        self.stamps = stamps
        var key = CacheKey()
        key.combine(field: "build inputs 1")
        key.combine(field: pages.shared)
        key.combine(field: "out " + URL(fileURLWithPath: options.outputFolder).standardizedFileURL.path)
        key.combine(field: "allow errors \(options.allowErrors), strict \(options.strict)")
        for folder in folders {
            if Self.isMissing(folder) {
                key.combine(field: "no folder \(folder)")
                continue
            }
            guard let files = FolderListing.contents(of: folder) else { return nil }
            key.combine(field: "folder \(folder) \(files)")
        }
        self.key = key.hex
    }

    /// True when no file of the input folders was written, added or removed since the key was read.
    var isUnchanged: Bool {
        Self.stamps(of: folders) == stamps
    }

    private static func stamps(of folders: [String]) -> String? {
        var key = CacheKey()
        for folder in folders {
            if isMissing(folder) {
                key.combine(field: "no folder")
                continue
            }
            guard let stamps = FolderListing.stamps(of: folder) else { return nil }
            key.combine(field: stamps)
        }
        return key.hex
    }

    private static func isMissing(_ folder: String) -> Bool {
        var status = stat()
        return lstat(folder, &status) != 0 && errno == ENOENT
    }
}
