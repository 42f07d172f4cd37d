import Testing

@testable import DocGen

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
}
