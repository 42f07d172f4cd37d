extension ScenarioCatalog {
    /// The cells of `content/threading-tutorial.md`, in page order.
    static var tutorial: [Scenario] { [] }
}
