/// Options for a whole page, from one `<!-- docgen-page: … -->` comment anywhere in its Markdown:
///
///     <!-- docgen-page: swift=hidden -->
///
/// `swift=hidden` starts the page with its Swift sources hidden for a reader who has never used the *Show Swift*
/// switch (a reader's own choice, remembered in `localStorage`, always wins); `swift=shown` is the default.
package struct PageOptions: Sendable, Equatable, Hashable {
    /// Whether the page starts with its Swift sources hidden.
    package var swiftHidden: Bool

    package init(swiftHidden: Bool = false) {
        self.swiftHidden = swiftHidden
    }
}
