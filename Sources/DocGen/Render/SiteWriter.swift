import Foundation

/// Writes a site into a temporary folder beside the output (`<out>.tmp`), then swaps it in with renames, so a failed
/// or interrupted build never leaves a half-written site. Touches nothing but `<out>`, `<out>.tmp` and `<out>.old`.
public enum SiteWriter {
    /// Replaces the folder `output` with exactly `files` (site path → bytes), or leaves it untouched and throws.
    ///
    /// - Throws: `RenderError.notASite` when `output` exists and docgen did not write it, `.unwritable` when the
    ///   files cannot be written.
    public static func write(_ files: [String: [UInt8]], to output: String) throws(RenderError) {
        let fileManager = FileManager.default
        let out = URL(fileURLWithPath: output).standardizedFileURL.path
        let temporary = out + ".tmp"
        let old = out + ".old"
        var isFolder: ObjCBool = false
        let exists = fileManager.fileExists(atPath: out, isDirectory: &isFolder)
        if exists {
            let marked = fileManager.fileExists(atPath: out + "/" + SiteRenderer.markerFile)
            let empty = isFolder.boolValue && ((try? fileManager.contentsOfDirectory(atPath: out))?.isEmpty ?? false)
            guard isFolder.boolValue, marked || empty else { throw .notASite(path: output) }
        }
        do {
            try? fileManager.removeItem(atPath: temporary)
            try fileManager.createDirectory(atPath: temporary, withIntermediateDirectories: true)
            for path in files.keys.sorted() {
                let url = URL(fileURLWithPath: temporary + "/" + path)
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(files[path]!).write(to: url)
            }
            if exists {
                try? fileManager.removeItem(atPath: old)
                try fileManager.moveItem(atPath: out, toPath: old)
            }
            try fileManager.moveItem(atPath: temporary, toPath: out)
            if exists { try? fileManager.removeItem(atPath: old) }
        } catch {
            try? fileManager.removeItem(atPath: temporary)
            if exists, !fileManager.fileExists(atPath: out) { try? fileManager.moveItem(atPath: old, toPath: out) }
            throw .unwritable(path: output, reason: reasonText(error))
        }
    }

    private static func reasonText(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
            let code = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(code.rawValue))
        }
        return nsError.localizedDescription
    }
}
