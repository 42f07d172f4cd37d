import DocGenModel

/// What `CmarkConverter` returns for one Markdown text.
struct MarkdownTree: Equatable {
    var blocks: [MarkdownBlock]
    var links: [DocumentLink]
    /// Code blocks nested in a list or quote: (info string, start line). They are shown but never run.
    var nestedCode: [(info: String, line: Int)] = []

    static func == (lhs: MarkdownTree, rhs: MarkdownTree) -> Bool {
        lhs.blocks == rhs.blocks && lhs.links == rhs.links
            && lhs.nestedCode.map(\.info) == rhs.nestedCode.map(\.info)
            && lhs.nestedCode.map(\.line) == rhs.nestedCode.map(\.line)
    }
}
