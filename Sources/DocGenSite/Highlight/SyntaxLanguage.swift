/// The rules of one highlighted language: which words are keywords or literals and how comments, strings and
/// interpolations are written.
struct SyntaxLanguage: Sendable {
    var keywords: Set<String>
    var literals: Set<String>
    /// Starts a comment that runs to the end of the line (`#`, `//`).
    var lineComment: String
    /// Swift's nestable `/* … */`.
    var blockComments: Bool
    /// Python string prefixes (`r`, `b`, `f`, `rb`, …) and single-quoted strings.
    var pythonStrings: Bool
    /// A decorator or attribute may appear anywhere (Swift), not only first on its line (Python).
    var decoratorsAnywhere: Bool

    /// The language of a fenced block's info string or of a `language-…` class; nil when unknown.
    static func named(_ name: String) -> SyntaxLanguage? {
        switch name.lowercased() {
        case "python", "py", "python3": python
        case "swift": swift
        default: nil
        }
    }

    static let python = SyntaxLanguage(
        keywords: [
            "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else",
            "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not",
            "or", "pass", "raise", "return", "try", "while", "with", "yield", "match", "case",
        ],
        literals: ["True", "False", "None", "self", "cls"],
        lineComment: "#", blockComments: false, pythonStrings: true, decoratorsAnywhere: false)

    static let swift = SyntaxLanguage(
        keywords: [
            "actor", "any", "as", "associatedtype", "async", "await", "break", "case", "catch", "class", "continue",
            "default", "defer", "deinit", "do", "else", "enum", "extension", "fallthrough", "fileprivate", "final",
            "for", "func", "guard", "if", "import", "in", "indirect", "init", "inout", "internal", "is", "lazy", "let",
            "mutating", "nonisolated", "open", "operator", "override", "private", "protocol", "public", "repeat",
            "rethrows", "return", "some", "static", "struct", "subscript", "switch", "throw", "throws", "try",
            "typealias", "var", "weak", "where", "while", "consuming", "borrowing", "sending",
        ],
        literals: ["true", "false", "nil", "self", "Self", "super"],
        lineComment: "//", blockComments: true, pythonStrings: false, decoratorsAnywhere: true)
}
