/// The only script docgen writes: highlights code blocks with the bundled highlight.js (no network).
enum SiteScript {
    static let javascript = """
        "use strict";
        if (window.hljs) {
          document.querySelectorAll("pre code.language-python, pre code.language-swift")
            .forEach(function (block) { window.hljs.highlightBlock(block); });
        }

        """
}
