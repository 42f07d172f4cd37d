/// Decides, at each choice the simulation meets, which thread runs: always the CPython-like default, or choices drawn
/// from a seed (random / PCT), or replayed from a list, or asked of an exhaustive search (which records them as a
/// list, the replay string).
struct SchedulePicker {
    private enum Mode {
        case cpythonDefault
        case random
        case pct
        case choices([Int])
        case guided(SearchGuide)
    }

    private let mode: Mode
    private var rng: SplitMix64
    /// PCT priorities by thread index (threads are numbered 0, 1, 2, … in creation order).
    private var priorities: [UInt64] = []
    private var changePoints: [Int] = []
    private var decisions = 0
    private var position = 0
    private var lowered: UInt64 = 0
    private let fixedName: String
    /// The choices made so far, as a replay list would give them (guided mode).
    private var recorded: [Int] = []
    /// True when the search cut the run short (guided mode): its result is no execution.
    private(set) var pruned = false
    /// True when the picker never preempts a running thread (a scheduling point is then just a counter).
    let isPassive: Bool
    /// True when a started thread joins the back of the ready queue (its starter waits for it to start) instead of
    /// taking over from its starter at once: the default schedule, where threads woken before the `start()` run
    /// before the new thread, as CPython hands its GIL on. The searches keep the hand-off (a choice at the new
    /// thread's first scheduling point lets the others run first).
    var queuesStartedThreads: Bool { isPassive }

    /// The replay string of the run: a guided run's choices as a `c` list (trailing defaults left out).
    var name: String {
        guard case .guided = mode else { return fixedName }
        let significant = recorded.prefix(through: recorded.lastIndex { $0 != 0 } ?? -1)
        return "c" + significant.map(String.init).joined(separator: ".")
    }

    init(_ policy: SchedulePolicy, guide: SearchGuide? = nil) {
        var name = "default"
        var mode = Mode.cpythonDefault
        var seed: UInt64 = 0
        switch policy {
        case .cpythonDefault: break
        case .random(let s):
            mode = .random
            seed = s
            name = "r\(s)"
        case .pct(let s):
            mode = .pct
            seed = s
            name = "p\(s)"
        case .replay(let text):
            if let parsed = SchedulePicker.parse(text) {
                (mode, seed, name) = parsed
            } else {
                mode = .choices([])
                name = text
            }
        }
        if let guide { mode = .guided(guide) }
        self.mode = mode
        self.fixedName = name
        self.isPassive = if case .cpythonDefault = mode { true } else { false }
        self.rng = SplitMix64(seed: seed)
        if case .pct = mode {
            // Two priority change points among the first 2,000 steps (PCT with depth 3).
            while changePoints.count < 2 {
                let point = Int(rng.next() % 2_000)
                if !changePoints.contains(point) { changePoints.append(point) }
            }
        }
    }

    private static func parse(_ text: String) -> (Mode, UInt64, String)? {
        if text == "default" { return (.cpythonDefault, 0, text) }
        if text.hasPrefix("r"), let seed = UInt64(text.dropFirst()) { return (.random, seed, text) }
        if text.hasPrefix("p"), let seed = UInt64(text.dropFirst()) { return (.pct, seed, text) }
        if text.hasPrefix("c") {
            let parts = text.dropFirst().split(separator: ".", omittingEmptySubsequences: true)
            var choices: [Int] = []
            for part in parts {
                guard let value = Int(part) else { return nil }
                choices.append(value)
            }
            return (.choices(choices), 0, text)
        }
        return nil
    }

    /// A new thread joined the run (PCT gives it a random priority).
    mutating func threadCreated(index: Int) {
        if case .pct = mode { setPriority(of: index, (rng.next() >> 8) + 1_000) }
    }

    /// True when a notifiable waiter's time-out is a choice of its own (which may come before or after other threads'
    /// steps at the same virtual instant) instead of firing with every other timer due then: the search's model and
    /// its replay strings.
    var splitsTimeouts: Bool {
        switch mode {
        case .guided, .choices: true
        default: false
        }
    }

    /// At a scheduling point of `current` with `ready` threads waiting (and, when `splitsTimeouts`, the threads whose
    /// time-out is due in `timers`): the index in `ready + timers` of the thread to run instead or of the time-out to
    /// fire, or nil to keep running. `forced`: the current thread ran past the switch interval and must make way.
    mutating func preempt(current: Int, ready: [Int], timers: [Int] = [], forced: Bool = false) -> Int? {
        decisions += 1
        switch mode {
        case .cpythonDefault:
            return forced ? 0 : nil
        case .random:
            if forced { return Int(rng.next() % UInt64(ready.count)) }
            let choice = Int(rng.next() % UInt64(ready.count + 1))
            return choice == 0 ? nil : choice - 1
        case .pct:
            if changePoints.contains(decisions) || forced {
                lowered += 1
                setPriority(of: current, 1_000 - lowered)
            }
            let best = highest(ready)
            return priority(best.value) > priority(current) ? best.offset : nil
        case .choices(let list):
            let choice = next(from: list)
            if forced { return max(choice - 1, 0) % ready.count }
            return choice == 0 || choice > ready.count + timers.count ? nil : choice - 1
        case .guided(let guide):
            // Recorded so that the `.choices` branch above replays it.
            let options = forced ? ready : [current] + ready + timers.map(Self.timerChoice)
            guard let position = guide.choose(options, preemptive: !forced) else {
                pruned = true
                return nil
            }
            recorded.append(forced ? position + 1 : position)
            return forced ? position : (position == 0 ? nil : position - 1)
        }
    }

    /// The index in `ready + timers` of the thread to run, or of the time-out to fire, when the current thread blocked
    /// or finished (`timers` is empty unless `splitsTimeouts`).
    mutating func pickNext(ready: [Int], timers: [Int] = []) -> Int {
        let count = ready.count + timers.count
        if case .guided(let guide) = mode {
            guard let position = guide.choose(ready + timers.map(Self.timerChoice), preemptive: false) else {
                pruned = true
                return 0
            }
            if count > 1 { recorded.append(position) }  // `.choices` reads none for a single option
            return position
        }
        guard count > 1 else { return 0 }
        switch mode {
        case .cpythonDefault: return 0
        case .random: return Int(rng.next() % UInt64(ready.count))
        case .pct: return highest(ready).offset
        case .choices(let list): return min(next(from: list), count - 1)
        case .guided: return 0
        }
    }

    /// How the search names "fire the time-out of thread `index`" among its choices (threads are 0 and up).
    static func timerChoice(_ index: Int) -> Int { -(index + 1) }

    /// A scheduling point where only the running thread can go on: no choice, but a step boundary for a search (so
    /// that a thread's steps are the same whether or not others could run).
    mutating func soleThread(_ thread: Int) {
        if case .guided(let guide) = mode, guide.choose([thread], preemptive: true) == nil { pruned = true }
    }

    /// A started thread took over from its parent (no choice, but a step boundary for a search).
    mutating func launched(_ thread: Int) {
        if case .guided(let guide) = mode { _ = guide.choose([thread], preemptive: false, handOff: true) }
    }

    private mutating func next(from list: [Int]) -> Int {
        defer { position += 1 }
        return position < list.count ? list[position] : 0
    }

    private func priority(_ index: Int) -> UInt64 { index < priorities.count ? priorities[index] : 0 }

    private mutating func setPriority(of index: Int, _ value: UInt64) {
        if index >= priorities.count {
            priorities.append(contentsOf: repeatElement(0, count: index + 1 - priorities.count))
        }
        priorities[index] = value
    }

    private func highest(_ ready: [Int]) -> (offset: Int, value: Int) {
        var best = (offset: 0, value: ready[0])
        var bestPriority = priority(best.value)
        for (offset, value) in ready.enumerated() {
            let candidate = priority(value)
            if candidate > bestPriority { (best, bestPriority) = ((offset, value), candidate) }
        }
        return best
    }
}
