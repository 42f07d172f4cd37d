import Foundation

/// Notices changes to a set of files and folders by polling their modification times and sizes.
public struct ChangeWatcher: Sendable {
    public var paths: [String]

    public init(paths: [String]) {
        self.paths = paths
    }

    /// A value that changes whenever a watched file (or a file directly inside a watched folder) is added, removed,
    /// resized or modified.
    public func fingerprint() -> [String] {
        var entries: [String] = []
        let fileManager = FileManager.default
        for path in paths.sorted() {
            var files = [path]
            if let names = try? fileManager.contentsOfDirectory(atPath: path) {
                files = names.sorted().map { path + "/" + $0 }
            }
            for file in files {
                guard let attributes = try? fileManager.attributesOfItem(atPath: file) else { continue }
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
                entries.append("\(file) \(modified) \(size)")
            }
        }
        return entries
    }
}
