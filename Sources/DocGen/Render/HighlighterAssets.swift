import Foundation

/// highlight.js from Debian's `libjs-highlight.js`, copied into `site/assets` so highlighting works offline.
public struct HighlighterAssets: Sendable, Equatable {
    public static let defaultFolder = "/usr/share/javascript/highlight.js"

    /// Site path → file contents.
    public var files: [String: [UInt8]]

    /// Reads the script and the accessible (a11y) light and dark styles from `folder`.
    ///
    /// - Throws: `RenderError.missingHighlighter` when the package is not installed.
    public static func load(from folder: String = defaultFolder) throws(RenderError) -> HighlighterAssets {
        let sources = [
            "assets/highlight.min.js": "highlight.min.js",
            "assets/highlight-light.css": "styles/a11y-light.css",
            "assets/highlight-dark.css": "styles/a11y-dark.css",
        ]
        var files: [String: [UInt8]] = [:]
        for (target, source) in sources {
            guard let data = FileManager.default.contents(atPath: folder + "/" + source) else {
                throw .missingHighlighter(path: folder + "/" + source)
            }
            files[target] = Array(data)
        }
        return HighlighterAssets(files: files)
    }

    public init(files: [String: [UInt8]]) {
        self.files = files
    }
}
