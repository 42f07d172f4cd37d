/// Why a content file could not be turned into a `Document`. Each message names the file, the line and the fix.
public enum ParseError: Error, Equatable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case badOption(file: String, line: Int, word: String, why: String)
    case danglingOptions(file: String, line: Int)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            "\(file): cannot read the file (\(reason)); check the path and its permissions"
        case .badOption(let file, let line, let word, let why):
            "\(file):\(line): bad docgen option '\(word)': \(why)"
        case .danglingOptions(let file, let line):
            "\(file):\(line): docgen options must come right before a code block; move the comment or delete it"
        }
    }
}
