import DocGenModel

/// Why a content file could not be turned into a `Document`. Each message names the file, the line and the fix.
package enum ParseError: Error, Equatable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case badOption(file: String, line: Int, word: String, why: String)
    case danglingOptions(file: String, line: Int)
    /// A NUL byte, which would end the page there (cmark-gfm reads C strings).
    case nulByte(file: String, line: Int)
    case invalidUTF8(file: String, line: Int)
    /// `index.md`: the generated index page has that name.
    case reservedPageName(file: String)
    case unsafePageName(file: String, page: String, suggestion: String)
    /// A page name longer than `PageName.maximumBytes`: the files named after it would pass the file system's limit.
    case longPageName(file: String, bytes: Int)
    /// Two files whose page names are equal after Unicode normalisation and case folding.
    case samePageName(file: String, other: String)
    case duplicateCellID(file: String, line: Int, id: String, firstLine: Int)
    /// An `id=` longer than `CellID.maximumLength`: the files named after it would pass the file system's limit.
    case longCellID(file: String, line: Int, length: Int)
    /// A second `<!-- docgen-page: … -->` comment.
    case duplicatePageOptions(file: String, line: Int, firstLine: Int)

    package var description: String {
        switch self {
        case .unreadable(let file, let reason):
            "\(file): cannot read the file (\(reason)); check the path and its permissions"
        case .badOption(let file, let line, let word, let why):
            "\(file):\(line): bad docgen option '\(word)': \(why)"
        case .danglingOptions(let file, let line):
            "\(file):\(line): docgen options must come right before a code block; move the comment or delete it"
        case .nulByte(let file, let line):
            "\(file):\(line): the file contains a NUL byte, which would cut the page short there; remove it"
        case .invalidUTF8(let file, let line):
            "\(file):\(line): the file is not valid UTF-8 from this line on; save it as UTF-8"
        case .reservedPageName(let file):
            "\(file): a page may not be named 'index' (docgen generates index.html, the list of pages); rename the file"
        case .unsafePageName(let file, let page, let suggestion):
            "\(TerminalText.printable(file, keepsNewlines: false)): the page name "
                + "'\(TerminalText.printable(page, keepsNewlines: false))' may only hold letters, digits, '-', '_' and '.', starting with a letter "
                + "or digit (it becomes a file name and a link); rename the file, e.g. to \(suggestion).md"
        case .samePageName(let file, let other):
            "\(file): its page name is the same as that of \(other) (after Unicode normalisation and ignoring case), "
                + "so one would overwrite the other; rename one of them"
        case .longPageName(let file, let bytes):
            "\(file): the page name is \(bytes) bytes long; docgen names files and folders after it (the page, its "
                + "figures, its snapshots), so it may have at most \(PageName.maximumBytes); rename the file"
        case .longCellID(let file, let line, let length):
            "\(file):\(line): the cell id is \(length) characters long; docgen names files after it (its snapshot, "
                + "its scenario), so it may have at most \(CellID.maximumLength); give it a shorter id=NAME"
        case .duplicateCellID(let file, let line, let id, let firstLine):
            "\(file):\(line): cell id '\(id)' is already the id of the cell at line \(firstLine); give one of them "
                + "another id=NAME"
        case .duplicatePageOptions(let file, let line, let firstLine):
            "\(file):\(line): a page has one docgen-page comment, and this page has one at line \(firstLine) "
                + "already; merge them"
        }
    }
}
