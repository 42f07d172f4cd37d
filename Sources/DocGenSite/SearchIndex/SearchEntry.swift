/// One section of a page in the search index: from a heading to the next one, with its prose, code and outputs.
struct SearchEntry: Sendable, Equatable {
    /// The page's file (`threading-tutorial.html`).
    var file: String
    /// The section heading's anchor; empty for what comes before the first heading.
    var anchor: String
    var pageTitle: String
    var title: String
    /// Everything the section shows, as plain text.
    var text: String
}
