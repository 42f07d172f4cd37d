extension TimelineSVG {
    /// The drawing's own stylesheet, scoped to `svg.dg-timeline` so it can be inlined in a page many times: thread
    /// colours from `ThreadPalette`, neutral axis colours, and dark-scheme variants.
    package static let stylesheet: String = {
        let scope = "svg.dg-timeline"
        let rules = [
            "\(scope){color:#1f2937}",
            "\(scope) .tick{fill:#4b5563}",
            "\(scope) .grid{stroke:#9ca3af;stroke-opacity:0.35;stroke-width:1}",
            "\(scope) .baseline{stroke:#9ca3af;stroke-width:1}",
            "\(scope) .run-end{stroke:#6b7280;stroke-width:1;stroke-dasharray:2 2}",
            "\(scope) .name{fill:currentColor}",
            "\(scope) .key{fill:currentColor;font-size:10px}",
            "\(scope) .legend{color:#4b5563}",
            "\(scope) .run{fill:currentColor;fill-opacity:0.3}",
            "\(scope) .mark{fill:currentColor}",
            "\(scope) .mark.stderr{fill-opacity:0.75}",
            "\(scope) .mark.burst{stroke:currentColor;stroke-width:1;fill-opacity:0.45}",
            "\(scope) .blocked line{stroke:currentColor;stroke-width:1.5;stroke-dasharray:4 3}",
            "\(scope) .blocked.wait-sleep line,\(scope) .blocked.wait-timer line"
                + "{stroke-dasharray:0.5 3.5;stroke-linecap:round;stroke-width:2}",
            "\(scope) .wait{fill:currentColor;font-size:9px}",
            "\(scope) .end{fill:currentColor;font-size:10px;font-style:italic;font-weight:bold}",
            "@media (prefers-color-scheme: dark){\(scope){color:#e5e7eb}\(scope) .legend{color:#9ca3af}"
                + "\(scope) .tick{fill:#9ca3af}\(scope) .grid{stroke:#6b7280}\(scope) .baseline{stroke:#6b7280}}",
        ]
        return rules.joined(separator: "\n") + "\n" + ThreadPalette.stylesheet(scope: scope)
    }()
}
