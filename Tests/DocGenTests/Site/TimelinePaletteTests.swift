@testable import DocGenSite
import DocGenTestSupport
import Foundation
import Testing

@Suite struct TimelinePaletteTests {
    @Test func mainThreadHasItsOwnColourAndOthersCycleThroughTheHues() {
        let hues = ThreadPalette.swatches.count - 1
        #expect(ThreadPalette.cssClass(forThread: 0) == "dg-thread-0")
        #expect((1...hues).map(ThreadPalette.cssClass(forThread:)) == (1...hues).map { "dg-thread-\($0)" })
        #expect(ThreadPalette.cssClass(forThread: hues + 1) == "dg-thread-1")
        #expect(Set(ThreadPalette.swatches.map(\.light)).count == ThreadPalette.swatches.count)
        #expect(Set(ThreadPalette.swatches.map(\.dark)).count == ThreadPalette.swatches.count)
    }

    @Test func stylesheetColoursEveryClassInLightAndDark() {
        let css = ThreadPalette.stylesheet(scope: "svg.x")
        let darkStart = try! #require(css.range(of: "@media (prefers-color-scheme: dark){"))
        for (index, swatch) in ThreadPalette.swatches.enumerated() {
            #expect(css[..<darkStart.lowerBound].contains("svg.x .dg-thread-\(index){color:\(swatch.light)}"))
            #expect(css[darkStart.upperBound...].contains("svg.x .dg-thread-\(index){color:\(swatch.dark)}"))
        }
    }

    @Test func everyColourReadsAsTextOnItsBackground() {
        for swatch in ThreadPalette.swatches {
            #expect(Self.contrast(swatch.light, "#ffffff") >= 4.5, "\(swatch.light) on white")
            #expect(Self.contrast(swatch.dark, "#1e1e1e") >= 4.5, "\(swatch.dark) on #1e1e1e")
        }
    }

    /// WCAG 2 contrast ratio of two `#rrggbb` colours.
    private static func contrast(_ first: String, _ second: String) -> Double {
        func luminance(_ hex: String) -> Double {
            let value = Int(hex.dropFirst(), radix: 16) ?? 0
            let channels = [value >> 16, value >> 8 & 0xFF, value & 0xFF].map { Double($0) / 255 }
            let linear = channels.map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
            return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
        }
        let (a, b) = (luminance(first), luminance(second))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }
}
