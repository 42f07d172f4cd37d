import Testing
import Threading

@testable import DocGen

@Suite struct OutcomeTableHTMLTests {
    private let program: @Sendable () throws -> Void = {
        let f = def("f") { (tag: String) in print(tag) }
        try Thread(target: f, args: "a").start()
        try Thread(target: f, args: "b").start()
    }

    @Test func aCompleteSearchSaysHowManyOutputsAndWhichCPythonPrinted() throws {
        let exploration = ExhaustiveExplorer().explore(program)
        #expect(exploration.isComplete)
        let lines = { (names: [String]) in names.map { FidelityLine(stream: .stdout, thread: $0 == "a" ? "Thread-1 (f)" : "Thread-2 (f)", text: $0) } }
        let recording = CPythonRecording(
            cell: "p/c", python: "3.11", fingerprint: "x", mode: .exact,
            variants: [.init(runs: 3, lines: lines(["a", "b"]))])
        let check = ModelCheck(
            cell: "p/c", exploration: exploration, recording: recording, normaliser: try FidelityNormaliser())
        let html = OutcomeTableHTML.fragment(exploration, scenarioID: "p/c", check: check)
        #expect(html.contains("<p>2 possible outputs; CPython printed 1 of them in 3 runs.</p>"))
        #expect(html.contains("<td>yes (3 runs)</td>"))
        #expect(html.contains("<td>no</td>"))
        for group in exploration.groups {
            #expect(html.contains("docgen run p/c --schedule \(group.schedule)"))
        }
    }

    @Test func aBoundedSearchSaysSoInWords() {
        let exploration = ExhaustiveExplorer(preemptionBound: 0).explore(program)
        #expect(!exploration.isComplete)
        let html = OutcomeTableHTML.fragment(exploration, scenarioID: "p/c")
        #expect(html.contains("At least "))
        #expect(html.contains("the search stopped early: bound 0"))
        #expect(html.contains("not recorded"))
    }
}
