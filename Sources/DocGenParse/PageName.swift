import Foundation

/// The rules for a content file's name, which becomes the page's file name (`<name>.html`), its links in every
/// sidebar, and the first part of its cells' ids: letters, digits, `-`, `_` and `.`, starting with a letter or digit,
/// not `index` (the generated index page), and distinct from every other page after Unicode normalisation and case
/// folding (`café.md` written NFC and NFD, or `Notes.md` and `notes.md`, would be one file on many systems). A name
/// that breaks a rule is an error, not encoded: renaming the file is the fix.
enum PageName {
    /// The page name for the file `fileName` (`x.md`): without `.md`, in Unicode NFC.
    static func of(fileName: String) -> String {
        String(fileName.dropLast(3)).precomposedStringWithCanonicalMapping
    }

    /// The most UTF-8 bytes a page name may have: files and folders are named after it (`<name>.ipynb`,
    /// `<name>-figures/`, and the temporary names of their atomic writes), and a file system allows 255 a name.
    static let maximumBytes = 100

    /// Why `page` (from `file`) may not be a page name, or `nil` when it may.
    static func problem(_ page: String, file: String) -> ParseError? {
        if page.lowercased() == "index" { return .reservedPageName(file: file) }
        let allowed = page.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "."
        }
        guard allowed, let first = page.unicodeScalars.first, first != "-", first != "_", first != "." else {
            return .unsafePageName(file: file, page: page, suggestion: suggestion(for: page))
        }
        if page.utf8.count > maximumBytes { return .longPageName(file: file, bytes: page.utf8.count) }
        return nil
    }

    /// The key two names collide on: NFC, case-folded.
    static func collisionKey(_ page: String) -> String {
        page.precomposedStringWithCanonicalMapping.lowercased()
    }

    /// A safe name close to `page`: runs of other characters become one `-`.
    static func suggestion(for page: String) -> String {
        var result = ""
        for scalar in page.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.hasSuffix("-") {
                result += "-"
            }
        }
        let trimmed = result.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return trimmed.isEmpty ? "page" : trimmed.lowercased() == "index" ? trimmed + "-page" : trimmed
    }
}
