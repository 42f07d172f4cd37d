import DocGenModel
import DocGenRun
import DocGenVerify
import Foundation
@_spi(Harness) import Threading

/// What each page's files are made from (its HTML, figures, outcome tables, notebook and search-index rows), as one
/// SHA-256 key per page: the renderer (`renderer`: docgen's version and executable, `RendererIdentity`), every page's
/// name and title (the sidebar of each page lists them), the page's own view (its document, and each cell's run,
/// warnings, badges and decorations) and its Markdown source (the notebook's Markdown cells). A page whose key is the
/// one its files were last written with is not rendered again (`SiteDraft.reuse`).
///
/// A renderer that comes to read more of other pages than their names and titles must add it here.
package enum PageKeys {
    /// The key of every page of `pages`, by page name; `markdown(page)` is the page's Markdown source.
    package static func keys(_ pages: [PageView], markdown: (String) -> String?, renderer: String) -> [String: String] {
        var shared = KeyStream()
        shared.write("renderer \(renderer)")
        for page in pages.sorted(by: { $0.document.page < $1.document.page }) {
            shared.write(page.document.page)
            shared.write(page.document.title)
        }
        var keys: [String: String] = [:]
        for page in pages {
            var stream = shared
            stream.write("page")
            dump(page.document, to: &stream)
            for id in page.cells.keys.sorted() {
                stream.write("cell \(id)")
                stream.add(page.cells[id]!)
            }
            stream.write(markdown(page.document.page) ?? "no Markdown source")
            keys[page.document.page] = stream.hex
        }
        return keys
    }
}

extension KeyStream {
    /// A cell's view: its runs, explorations and blocks by `add` below (their events are most of a page's inputs,
    /// too slow to go through `dump`), the rest of it by `dump`, so a field added to `CellView` counts without more
    /// work. `PageKeysTests` fails when one of the types written by hand here gains a field.
    mutating func add(_ view: CellView) {
        var rest = view
        rest.run = .failed(.exited(status: 0, detail: ""))
        rest.exploration = nil
        rest.modelCheck = nil
        rest.blocks = []
        dump(rest, to: &self)
        switch view.run {
        case .finished(let result): add(result)
        case .failed(let failure): dump(failure, to: &self)
        }
        write("exploration")
        if let exploration = view.exploration { add(exploration) }
        write("model check")
        if let check = view.modelCheck { add(check) }
        for block in view.blocks {
            switch block {
            case .timeline(let figure):
                write("timeline \(String(describing: figure.outcome))")
                add(figure.events)
            case .exploration(let block):
                write("exploration block \(block.scenarioID) \(block.limit) \(block.timelines) \(block.inlineRows)")
                add(block.exploration)
                if let check = block.check { add(check) }
                if let run = block.defaultRun { add(run) }
            }
        }
    }

    mutating func add(_ result: RunResult) {
        write("run \(result.schedule) \(String(describing: result.outcome))\n")
        add(result.events)
    }

    mutating func add(_ events: [TraceEvent]) {
        for event in events {
            write("\(event.time.bitPattern) \(event.threadIndex) ")
            write(event.threadName)
            switch event.kind {
            case .started: write(" start\n")
            case .woke: write(" wake\n")
            case .exited: write(" exit\n")
            case .blocked(let on): write(" block \(on.utf8.count) \(on)\n")
            case .output(let stream, let text): write(" \(stream.rawValue) \(text.utf8.count) \(text)\n")
            }
        }
    }

    mutating func add(_ exploration: Exploration) {
        write("explored \(exploration.runs) \(exploration.seed) \(String(describing: exploration.search))\n")
        for group in exploration.groups { add(group) }
    }

    mutating func add(_ group: OutputGroup) {
        write("group \(group.output.utf8.count) \(group.output) \(String(describing: group.outcome)) \(group.count) ")
        write("\(group.schedule) \(group.firstRun) \(group.hasTimeline)\n")
        add(group.events)
    }

    mutating func add(_ check: ModelCheck) {
        write("check \(check.cell) \(check.cpythonRuns) \(check.recordedRuns) \(check.complete) \(check.headline) ")
        write("\(check.sampledRuns)\n")
        dump(check.possible, to: &self)
        dump(check.unexplained, to: &self)
        for group in check.sampledOutside { add(group) }
    }
}

/// A text stream that goes into a SHA-256 key as it is written, in pieces of 64 KiB (the text is never held whole,
/// and hashing many short writes one by one would cost more than making them).
struct KeyStream: TextOutputStream {
    private var key = CacheKey()
    private var buffer: [UInt8] = []

    mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// The key of everything written.
    var hex: String {
        var copy = self
        copy.flush()
        return copy.key.hex
    }

    private mutating func flush() {
        key.combine(bytes: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
