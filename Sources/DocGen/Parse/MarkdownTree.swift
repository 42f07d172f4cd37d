/// What `CmarkConverter` returns for one Markdown text.
struct MarkdownTree: Equatable {
    var blocks: [MarkdownBlock]
    var links: [DocumentLink]
}
