@testable import DocGenSite
import DocGenTestSupport
import Testing
@_spi(Harness) import Threading

@Suite struct TimelineSVGTests {
    private func lanes(_ svg: String) throws -> [SVGElementView] {
        try SVGElementView.parse(svg).all("g", class: "lane")
    }

    @Test func isAStandaloneSVGDocumentWithoutScriptsOrReferences() throws {
        let svg = TimelineSVG.render(events: TimelineFixtures.daemon(), outcome: .completed)
        let root = try SVGElementView.parse(svg)
        #expect(root.name == "svg")
        #expect(
            root.attribute("xmlns") == "http://www.w3.org/2000/svg" || root.element.uri == "http://www.w3.org/2000/svg")
        #expect(root.title?.hasPrefix("Timeline of 2 threads") == true)
        #expect(root.all("script").isEmpty)
        #expect(root.all("style").count == 1)
        for element in root.descendants {
            for attribute in element.element.attributes ?? [] {
                #expect(!(attribute.name ?? "").contains("href"), "external reference in \(element.name)")
                #expect(attribute.name != "id", "ids clash when several timelines are inlined in one page")
            }
        }
    }

    @Test(arguments: ["<svg><g></svg>", "<svg>a & b</svg>", "<svg>\u{1}</svg>", "<svg><g open></g></svg>"])
    func theXMLCheckRejectsMalformedMarkup(markup: String) {
        #expect(SVGElementView.wellFormednessProblem(markup) != nil)
    }

    @Test func oneLanePerThreadInStartOrderNamedAndColoured() throws {
        let lanes = try lanes(TimelineSVG.render(events: TimelineFixtures.deadlock(), outcome: nil))
        let names = lanes.map { $0.all("text", class: "name").first?.ownText }
        #expect(names == ["MainThread", "Thread-1", "Thread-2"])
        #expect(
            lanes.map { $0.classes.filter { $0.hasPrefix("dg-thread-") } } == [
                ["dg-thread-0"], ["dg-thread-1"], ["dg-thread-2"],
            ])
    }

    @Test func oneMarkPerOutputWithItsTextAsHoverTitle() throws {
        let lanes = try lanes(TimelineSVG.render(events: TimelineFixtures.daemon(), outcome: .completed))
        let marks = lanes.flatMap { $0.all("rect", class: "mark") }
        #expect(marks.count == 2)
        #expect(
            marks.map(\.title) == [
                "main done\n".timelineTitle(number: 2, thread: "MainThread", at: "1", .stdout),
                "Starting\n".timelineTitle(number: 1, thread: "daemon", at: "0", .stderr),
            ])
        #expect(marks[1].classes.contains("stderr"))
    }

    @Test func outputThatLooksLikeMarkupStaysText() throws {
        var run = TraceScript()
        run.at(0, 0, .started)
        run.print(0, 0, "<script>alert('x & y')</script>\u{1}\n")
        run.at(0, 0, .exited)
        let svg = TimelineSVG.render(events: run.events, outcome: .completed)
        #expect(!svg.contains("<script"))
        let mark = try #require(try SVGElementView.parse(svg).inLanes("rect", class: "mark").first)
        #expect(mark.title?.hasSuffix("<script>alert('x & y')</script>\u{FFFD}") == true)
        #expect(try SVGElementView.parse(svg).all("script").isEmpty)
    }

    @Test func sameInputGivesSameBytes() {
        let events = TimelineFixtures.queuedThreads()
        let first = TimelineSVG.render(events: events, outcome: .completed)
        let second = TimelineSVG.render(events: Array(events), outcome: .completed)
        #expect(first == second)
        #expect(first != TimelineSVG.render(events: TimelineFixtures.queuedThreads(items: 99), outcome: .completed))
    }

    @Test func deadlockedThreadsAreDrawnBlockedToTheEndWithAMarker() throws {
        let svg = TimelineSVG.render(events: TimelineFixtures.deadlock(), outcome: .deadlock(report: "…"))
        let root = try SVGElementView.parse(svg)
        let axisEnd = try #require(root.all("line", class: "baseline").first).number("x2")
        let lanes = root.all("g", class: "lane")
        for (lane, lock) in zip(lanes.dropFirst(), ["Lock#2", "Lock#1"]) {
            let lastBlocked = try #require(lane.all("g", class: "blocked").last)
            let line = try #require(lastBlocked.all("line").first)
            #expect(line.number("x2") == axisEnd)
            #expect(lastBlocked.all("text", class: "wait").first?.ownText == lock)
            #expect(lastBlocked.title?.contains("blocked on \(lock)") == true)
            #expect(lane.all("text", class: "end").map(\.ownText) == ["deadlock"])
        }
        #expect(lanes[0].all("text", class: "end").map(\.ownText) == ["deadlock"])
        #expect(root.title?.hasSuffix("ending in deadlock") == true)
    }

    @Test func blockedPeriodsAreLabelledAndStyledByWhatTheyWaitOn() throws {
        let svg = TimelineSVG.render(events: TimelineFixtures.deadlock(), outcome: .deadlock(report: "…"))
        let blocked = try SVGElementView.parse(svg).inLanes("g", class: "blocked")
        let kinds = blocked.map { $0.classes.first { $0.hasPrefix("wait-") } ?? "" }
        #expect(kinds == ["wait-join", "wait-sleep", "wait-lock", "wait-sleep", "wait-lock"])
        let runs = try SVGElementView.parse(svg).inLanes("rect", class: "run")
        #expect(runs.count == 5)
    }

    @Test func aWaitLikeTheOneBeforeItIsNotLabelledAgain() throws {
        let lanes = try lanes(TimelineSVG.render(events: TimelineFixtures.queuedThreads(), outcome: .completed))
        let worker = lanes[1].all("g", class: "blocked")
        #expect(worker.count == 11)
        #expect(
            worker.map { $0.all("text", class: "wait").first?.ownText } == ["sleep"] + Array(repeating: nil, count: 9)
                + ["Queue#1.get"])
        #expect(worker.allSatisfy { $0.title?.contains("blocked on") == true })
    }

    @Test func daemonLeftRunningIsMarkedAbandonedButMainEndsNormally() throws {
        let lanes = try lanes(TimelineSVG.render(events: TimelineFixtures.daemon(), outcome: .completed))
        #expect(lanes[0].all("text", class: "end").isEmpty)
        #expect(lanes[1].all("text", class: "end").map(\.ownText) == ["abandoned"])
    }

    @Test func threadsAliveWhenTheProgramRaisedAreMarkedStopped() throws {
        var run = TraceScript()
        run.at(0, 0, .started)
        run.at(0, 1, .started)
        run.at(0, 1, .blocked(on: "Event#1"))
        run.at(0.5, 0, .blocked(on: "sleep 0.5"))
        run.at(1, 0, .woke)
        let svg = TimelineSVG.render(events: run.events, outcome: .uncaughtError("ValueError: boom"))
        let root = try SVGElementView.parse(svg)
        #expect(
            root.all("g", class: "lane").map { $0.all("text", class: "end").map(\.ownText) } == [
                ["stopped"], ["stopped"],
            ])
        #expect(root.title?.hasSuffix("ending with ValueError: boom") == true)
    }

    @Test func aRenamedThreadsLaneShowsItsLatestName() throws {
        var run = TraceScript()
        run.at(0, 0, .started)
        run.at(0, 1, .started)
        run.name(1, "renamed")
        run.print(0.5, 1, "hi\n")
        run.at(1, 1, .exited)
        let lanes = try SVGElementView.parse(TimelineSVG.render(events: run.events, outcome: .completed))
            .all("g", class: "lane")
        #expect(lanes.map { $0.all("text", class: "name")[0].ownText } == ["MainThread", "renamed"])
    }

    @Test func outputsAtTheSameInstantDoNotOverlap() throws {
        var run = TraceScript()
        run.at(0, 0, .started)
        for line in 0..<6 { run.print(0, 0, "line \(line)\n") }
        run.at(0, 0, .exited)
        let marks = try SVGElementView.parse(TimelineSVG.render(events: run.events)).inLanes("rect", class: "mark")
        #expect(marks.count == 6)
        for (left, right) in zip(marks, marks.dropFirst()) {
            #expect(left.number("x") + left.number("width") < right.number("x"))
        }
        let run0 = try #require(
            try SVGElementView.parse(TimelineSVG.render(events: run.events)).inLanes("rect", class: "run").first)
        #expect(run0.number("x") + run0.number("width") >= marks[5].number("x") + marks[5].number("width"))
    }

    @Test func aRunAtOneInstantIsDrawnInEventOrder() throws {
        let root = try SVGElementView.parse(TimelineSVG.render(events: TimelineFixtures.instant(), outcome: .completed))
        let marks = root.inLanes("rect", class: "mark")
        let byNumber = marks.sorted { ($0.title ?? "") < ($1.title ?? "") }
        #expect(
            byNumber.compactMap { $0.title?.split(separator: "\n").last } == [
                "one: took the lock", "main: started both", "one: releasing", "two: got the lock", "main: done",
            ])
        let xs = byNumber.map { $0.number("x") }
        #expect(xs == xs.sorted() && Set(xs).count == xs.count, "marks left to right in output order: \(xs)")
        #expect(root.all("line", class: "grid").isEmpty)
        #expect(
            root.all("text", class: "tick").map(\.ownText) == [
                "everything at 0 s: drawn in the order it happened", "order",
            ])
        let lock = try #require(root.inLanes("g", class: "wait-lock").first)
        let lockLine = try #require(lock.all("line").first)
        let releasing = byNumber[2]
        #expect(lockLine.number("x1") < releasing.number("x") && releasing.number("x") < lockLine.number("x2"))
    }

    @Test func aBurstOfOutputsAtOneInstantBecomesOneMark() throws {
        var run = TraceScript()
        run.at(0, 0, .started)
        for line in 1...300 { run.print(0, 0, "line \(line)\n") }
        run.at(0, 0, .blocked(on: "sleep 1.0"))
        run.at(1, 0, .woke)
        run.print(1, 0, "after\n")
        run.at(1, 0, .exited)
        let svg = TimelineSVG.render(events: run.events, outcome: .completed)
        let marks = try SVGElementView.parse(svg).inLanes("rect", class: "mark")
        let bursts = marks.filter { $0.classes.contains("burst") }
        #expect(bursts.count == 1)
        #expect(marks.count < 20)
        let title = try #require(bursts.first?.title)
        let lines = title.split(separator: "\n").map(String.init)
        let firstInBurst = 301 - Int(lines[0].split(separator: "(")[1].split(separator: ")")[0])!
        #expect(lines[0].hasPrefix("Outputs #\(firstInBurst)–#300 ("))
        #expect(lines[0].hasSuffix(", MainThread at 0 s:"))
        #expect(lines[1] == "#\(firstInBurst): line \(firstInBurst)")
        #expect(lines.last == "#300: line 300")
        #expect(marks.last?.title?.hasSuffix("after") == true)
        let sleep = try #require(
            try SVGElementView.parse(svg).inLanes("g", class: "wait-sleep").first?.all("line").first)
        let burst = try #require(bursts.first)
        #expect(sleep.number("x1") > burst.number("x") + burst.number("width"), "the wait starts after the burst")
        for (left, right) in zip(marks, marks.dropFirst()) {
            #expect(left.number("x") + left.number("width") < right.number("x"))
        }
    }

    @Test func aFewOutputsAtTheLastInstantStaySeparateMarks() throws {
        var run = TraceScript()
        run.at(0, 0, .started)
        run.at(0, 0, .blocked(on: "sleep 0.2"))
        run.at(0.2, 0, .woke)
        for line in 1...3 { run.print(0.2, 0, "line \(line)\n") }
        run.at(0.2, 0, .exited)
        let marks = try SVGElementView.parse(TimelineSVG.render(events: run.events, outcome: .completed))
            .inLanes("rect", class: "mark")
        #expect(marks.count == 3)
        #expect(marks.allSatisfy { !$0.classes.contains("burst") })
        #expect(marks.allSatisfy { $0.number("x") + $0.number("width") < TimelineLayout.width })
    }

    @Test func aFloodOfOutputKeepsTheDrawingSmall() throws {
        var run = TraceScript()
        run.at(0, 0, .started)
        for line in 1...5_000 { run.print(0, 0, "line \(line) " + String(repeating: "x", count: 80) + "\n") }
        run.at(0, 0, .exited)
        let svg = TimelineSVG.render(events: run.events, outcome: .completed)
        #expect(svg.utf8.count < 60_000, "\(svg.utf8.count) bytes")
        let marks = try SVGElementView.parse(svg).inLanes("rect", class: "mark")
        #expect(marks.count <= 150)
        #expect(marks.first?.title?.hasSuffix("line 1 " + String(repeating: "x", count: 80)) == true)
    }

    @Test func tenWorkersAndAHundredItemsStayLegible() throws {
        let root = try SVGElementView.parse(
            TimelineSVG.render(events: TimelineFixtures.queuedThreads(), outcome: .completed))
        let lanes = root.all("g", class: "lane")
        #expect(lanes.count == 11)
        #expect(lanes.flatMap { $0.all("rect", class: "mark") }.count == 100)
        let centers = lanes.map { $0.all("text", class: "name")[0].number("y") }
        for (upper, lower) in zip(centers, centers.dropFirst()) { #expect(lower - upper >= 20) }
        for lane in lanes {
            let name = lane.all("text", class: "name")[0]
            #expect(name.ownText.count <= TimelineLayout.nameCharacters)
            #expect(name.title?.hasPrefix(name.ownText.replacingOccurrences(of: "…", with: "")) == true)
            let marks = lane.all("rect", class: "mark")
            for (left, right) in zip(marks, marks.dropFirst()) {
                #expect(left.number("x") + left.number("width") < right.number("x"))
            }
        }
        let worker10 = lanes[10].all("text", class: "name")[0]
        #expect(worker10.title == "Thread-10 (worker)")
        #expect(lanes[1...].allSatisfy { $0.all("text", class: "end").map(\.ownText) == ["abandoned"] })
        let ticks = root.all("text", class: "tick").map(\.ownText)
        #expect(ticks == ["0", "0.5", "1", "1.5", "2", "2.5", "time (s)"])
    }

    @Test func longNamesAreCutWithAnEllipsis() {
        #expect(TimelineSVG.truncated("Thread-1 (worker)", to: 19) == "Thread-1 (worker)")
        #expect(TimelineSVG.truncated("Thread-12 (consumer_of_items)", to: 19) == "Thread-12 (consume…")
    }

    @Test func anEmptyRunIsStillAValidDrawing() throws {
        let root = try SVGElementView.parse(TimelineSVG.render(events: []))
        #expect(root.all("g", class: "lane").isEmpty)
        #expect(root.all("text", class: "tick").count >= 2)
    }
}

extension String {
    /// The hover title the timeline gives this output.
    fileprivate func timelineTitle(number: Int, thread: String, at seconds: String, _ stream: StdStream) -> String {
        "Output #\(number), \(thread) at \(seconds) s (\(stream.rawValue)):\n"
            + (hasSuffix("\n") ? String(dropLast()) : self)
    }
}
