/// The colours that identify threads, shared by the tagged output lines and the timeline so a thread looks the same in
/// both.
///
/// A thread's colour is carried by a CSS class (`dg-thread-N`) that sets the CSS `color` property; text takes it
/// directly and SVG shapes use `currentColor`. Every colour has at least 4.5:1 contrast against white (light scheme)
/// and against `#1e1e1e` (dark scheme), so a thread's colour can be used for text.
package enum ThreadPalette {
    /// One thread colour, in the light and the dark colour scheme (CSS hex colours).
    package struct Swatch: Sendable, Equatable {
        /// For a light background (at least 4.5:1 against white).
        package let light: String
        /// For a dark background (at least 4.5:1 against `#1e1e1e`).
        package let dark: String
    }

    /// The main thread's neutral colour, then the hues for other threads in creation order (cycling).
    package static let swatches: [Swatch] = [
        Swatch(light: "#4b5563", dark: "#d1d5db"),  // MainThread: slate
        Swatch(light: "#1d4ed8", dark: "#93c5fd"),  // blue
        Swatch(light: "#c2410c", dark: "#fdba74"),  // orange
        Swatch(light: "#047857", dark: "#6ee7b7"),  // green
        Swatch(light: "#b91c1c", dark: "#fca5a5"),  // red
        Swatch(light: "#7e22ce", dark: "#d8b4fe"),  // purple
        Swatch(light: "#92400e", dark: "#fcd34d"),  // brown / amber
        Swatch(light: "#be185d", dark: "#f9a8d4"),  // pink
        Swatch(light: "#4d7c0f", dark: "#bef264"),  // olive / lime
        Swatch(light: "#0e7490", dark: "#67e8f9"),  // cyan
    ]

    /// The position in `swatches` for the thread with `threadIndex` (`TraceEvent.threadIndex`): 0 for the main
    /// thread, other threads cycle through the hues.
    package static func swatchIndex(forThread threadIndex: Int) -> Int {
        guard threadIndex > 0 else { return 0 }
        return 1 + (threadIndex - 1) % (swatches.count - 1)
    }

    /// The CSS class that colours the thread with `threadIndex`, e.g. `dg-thread-3`.
    package static func cssClass(forThread threadIndex: Int) -> String {
        "dg-thread-\(swatchIndex(forThread: threadIndex))"
    }

    /// The colour of the thread with `threadIndex`.
    package static func swatch(forThread threadIndex: Int) -> Swatch {
        swatches[swatchIndex(forThread: threadIndex)]
    }

    /// CSS rules that set `color` for every `dg-thread-N` class, light by default and dark under
    /// `prefers-color-scheme: dark`. `scope` (e.g. `svg.dg-timeline`) prefixes each selector; empty means global.
    package static func stylesheet(scope: String = "") -> String {
        let prefix = scope.isEmpty ? "" : scope + " "
        var light = ""
        var dark = ""
        for (index, swatch) in swatches.enumerated() {
            light += "\(prefix).dg-thread-\(index){color:\(swatch.light)}\n"
            dark += "\(prefix).dg-thread-\(index){color:\(swatch.dark)}\n"
        }
        return light + "@media (prefers-color-scheme: dark){\n" + dark + "}\n"
    }
}
