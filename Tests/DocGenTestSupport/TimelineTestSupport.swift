import Foundation
import Testing
@_spi(Harness) import Threading

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A parsed SVG element, for asserting on a timeline's structure instead of its bytes.
package struct SVGElementView {
    package let element: XMLElement

    /// Parses `svg` as XML; fails the test (and throws) when it is not well-formed.
    package static func parse(_ svg: String) throws -> SVGElementView {
        let problem = wellFormednessProblem(svg)
        try #require(problem == nil, "not well-formed XML: \(problem ?? "")")
        let document = try XMLDocument(xmlString: svg, options: [])
        let root = try #require(document.rootElement())
        return SVGElementView(element: root)
    }

    /// Why `markup` is not well-formed XML, or nil when it is. (XMLDocument silently repairs bad markup, so this uses
    /// the strict XMLParser.)
    package static func wellFormednessProblem(_ markup: String) -> String? {
        let parser = XMLParser(data: Data(markup.utf8))
        let parsed = parser.parse()
        guard let error = parser.parserError else { return parsed ? nil : "parse failed" }
        return String(describing: error)
    }

    package var name: String { element.localName ?? element.name ?? "" }
    package var classes: [String] { (attribute("class") ?? "").split(separator: " ").map(String.init) }
    package var text: String { element.stringValue ?? "" }

    /// The value of attribute `name`. (Read from `attributes`: corelibs' `attribute(forName:)` returns nil for plain
    /// attributes of an element in a default namespace.)
    package func attribute(_ name: String) -> String? {
        (element.attributes ?? []).first { $0.name == name }?.stringValue
    }
    package func number(_ name: String) -> Double { Double(attribute(name) ?? "") ?? .nan }

    package var children: [SVGElementView] {
        (element.children ?? []).compactMap { $0 as? XMLElement }.map(SVGElementView.init)
    }

    /// Every element below this one, depth first, in document order.
    package var descendants: [SVGElementView] { children.flatMap { [$0] + $0.descendants } }

    /// Descendants named `name`, having class `cssClass` when given.
    package func all(_ name: String, class cssClass: String? = nil) -> [SVGElementView] {
        descendants.filter { $0.name == name && (cssClass.map($0.classes.contains) ?? true) }
    }

    /// Elements named `name` (with class `cssClass`) inside the timeline's lanes, i.e. not in its legend.
    package func inLanes(_ name: String, class cssClass: String? = nil) -> [SVGElementView] {
        all("g", class: "lane").flatMap { $0.all(name, class: cssClass) }
    }

    /// The text of this element's `<title>` child, if it has one.
    package var title: String? { children.first { $0.name == "title" }?.text }

    /// This element's own text, without the text of a `<title>` child.
    package var ownText: String {
        (element.children ?? []).filter { $0.kind == .text }.map { $0.stringValue ?? "" }.joined()
    }
}

/// Builds trace events for timeline fixtures, one call per event, in run order.
package struct TraceScript {
    package private(set) var events: [TraceEvent] = []
    private var names: [Int: String] = [0: "MainThread"]

    package init() {}

    package mutating func name(_ thread: Int, _ name: String) { names[thread] = name }

    package mutating func at(_ time: Double, _ thread: Int, _ kind: TraceEvent.Kind) {
        let name = names[thread] ?? "Thread-\(thread)"
        events.append(TraceEvent(time: time, threadIndex: thread, threadName: name, kind: kind))
    }

    package mutating func print(_ time: Double, _ thread: Int, _ text: String, _ stream: StdStream = .stdout) {
        at(time, thread, .output(stream, text))
    }
}
