/// What a highlighted piece of source is; its `rawValue` is the CSS class the page styles (`pre code .k`).
enum SyntaxKind: String, Sendable, Equatable {
    case keyword = "k"
    /// `True`, `None`, `nil`, `self`, …
    case literal = "l"
    case string = "s"
    case comment = "c"
    case number = "n"
    /// Python decorators and Swift attributes (`@dataclass`, `@Sendable`).
    case decorator = "d"
}
