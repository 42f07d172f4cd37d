/// Where a module's Python came from: the file a traceback names and its lines by number.
final class PySource: @unchecked Sendable {
    let file: String
    /// The module's source lines.
    private let lines: Lines
    let module: String
    /// Added to each line `at(N)` names (`PyPageLines`): the page line of the program's line 1, minus one.
    let lineOffset: Int
    /// The module this is the code of: `globals()` in its functions and their frames' `f_globals`. Set once, by the
    /// module's init, before any thread can reach either; never changed after (the module lives as long as its
    /// functions, as a function's `__globals__` does in CPython).
    private(set) var globals: PyModule?

    /// How the source lines were given.
    private enum Lines {
        /// By program line, as `at(N)` names them.
        case table([Int: String])
        /// Joined by newlines, line 1 first (split only for a traceback).
        case text(String)
    }

    /// `lines` are numbered as the program's `at(N)`; `lineOffset` moves both to page lines.
    convenience init(file: String, lines: [Int: String], module: String, lineOffset: Int = 0) {
        self.init(file: file, lines: .table(lines), module: module, lineOffset: lineOffset)
    }

    /// `text` holds the program's lines in order, its first line being the program's line 1.
    convenience init(file: String, text: String, module: String, lineOffset: Int = 0) {
        self.init(file: file, lines: .text(text), module: module, lineOffset: lineOffset)
    }

    private init(file: String, lines: Lines, module: String, lineOffset: Int) {
        self.file = file
        self.lines = lines
        self.module = module
        self.lineOffset = lineOffset
    }

    /// The source line at page line `pageLine`, or nil when it is blank or not the module's.
    func line(_ pageLine: Int) -> String? {
        let programLine = pageLine - lineOffset
        switch lines {
        case .table(let table):
            return table[programLine]
        case .text(let text):
            guard let line = Self.line(programLine, of: text) else { return nil }
            return line.allSatisfy(\.isWhitespace) ? nil : String(line)
        }
    }

    /// Line `number` (1 first) of `text`, whose lines end with "\n"; nil past its last line.
    private static func line(_ number: Int, of text: String) -> Substring? {
        guard number >= 1 else { return nil }
        var start = text.startIndex
        for _ in 1..<number {
            guard let newline = text[start...].firstIndex(of: "\n") else { return nil }
            start = text.index(after: newline)
        }
        return text[start...].prefix { $0 != "\n" }
    }

    /// Called by `module`'s init only.
    func belongs(to module: PyModule) { globals = module }

    /// Lets go of the module once its run is over (no thread of it runs): the module holds its source, so the two
    /// would otherwise keep each other alive.
    func forgetGlobals() { globals = nil }
}

/// One Python frame of a thread: the function running (`<module>` for the program) and its current line.
struct PyFrame {
    let name: String
    let source: PySource?
    var line: Int = 0
    /// `source`'s line offset (0 without a source), kept here so that `at(N)` reads no `PySource`.
    let lineOffset: Int

    init(name: String, source: PySource?) {
        self.name = name
        self.source = source
        lineOffset = source?.lineOffset ?? 0
    }
}

/// What a traceback shows of one frame.
struct PyTracebackEntry: Sendable {
    let source: PySource
    let line: Int
    let name: String

    var file: String { source.file }
    /// The frame's source line, looked up only when the traceback is shown (most raised errors are caught unseen).
    var text: String? { source.line(line) }
}

/// The calling thread's Python frames (innermost last), and an assignment's error waiting to be raised at the next
/// statement (a Swift setter cannot throw). Each thread has its own; only that thread touches it.
final class PyFrames: @unchecked Sendable {
    private(set) var frames: [PyFrame] = []
    private var pending: PyError?
    /// The Python trace and profile functions of this thread (`threading.settrace`/`setprofile` before it started).
    var traceHook: PyObject?
    var profileHook: PyObject?
    /// True while a trace or profile function runs (its own calls are not traced, as in CPython).
    var inHook = false
    /// The line offset of the program module this thread creates next (`PyPageLines.shifting`).
    var lineOffset = 0

    /// The calling thread's frames (kept on its `ThreadCore`).
    static var current: PyFrames { Context.withBound({ $0.pyFrames }) ?? Context.current.pyFrames }

    var top: PyFrame? { frames.last }

    func push(_ frame: PyFrame) { frames.append(frame) }
    func pop() { frames.removeLast() }

    /// The innermost frame is now at `line` (of its program; its page line is `line` plus its source's offset).
    func setLine(_ line: Int) {
        if !frames.isEmpty { frames[frames.count - 1].line = line + frames[frames.count - 1].lineOffset }
    }

    /// `at(line)`: raises the kept assignment error, then moves the innermost frame to `line`.
    @inline(__always) func mark(_ line: Int) throws {
        try raisePending()
        setLine(line)
    }

    /// The frames as a traceback lists them, outermost first.
    var traceback: [PyTracebackEntry] {
        frames.compactMap { frame in
            guard let source = frame.source, frame.line > 0 else { return nil }
            return PyTracebackEntry(source: source, line: frame.line, name: frame.name)
        }
    }

    /// Keeps `error` (raised by an attribute or item assignment) for the next `at(N)` or function return.
    func keep(_ error: PyError) {
        if pending == nil { pending = error }
    }

    /// Raises the kept assignment error, if any.
    func raisePending() throws {
        if let error = pending {
            pending = nil
            throw error
        }
    }
}

/// Marks the start of the Python statement on line `line` (of the page the module's source came from): tracebacks
/// name it. Raises the error of an assignment of the previous statement that failed (see `PyObject`'s setters).
public func at(_ line: Int) throws {
    // The thread's frames borrowed from its core (`PyFrames.current` would retain and release them).
    if try Context.withBound({ try $0.pyFrames.mark(line) }) == nil { try PyFrames.current.mark(line) }
}

/// Marks the start of the Python statement on line `line`, as `at(_:)` does, in code where no error can be waiting to
/// be raised (a translated scope with no attribute assignment and no `finally`): cheaper to compile, and never throws.
public func atLine(_ line: Int) {
    // The thread's frames borrowed from its core (`PyFrames.current` would retain and release them).
    if Context.withBound({ $0.pyFrames.setLine(line) }) == nil { PyFrames.current.setLine(line) }
}

/// The `File "…", line N, in name` lines (each with its source line) of a traceback, or nil when `error` carries no
/// Python frames.
func pythonTracebackFrames(_ error: any Error) -> String? {
    guard let error = error as? PyError, let entries = error.tracebackEntries, !entries.isEmpty else { return nil }
    var text = ""
    PyPageLines.markShown()
    for entry in entries {
        text += "  File \"\(entry.file)\", line \(entry.line), in \(entry.name)\n"
        if let line = entry.text?.trimmingWhitespace(), !line.isEmpty { text += "    \(line)\n" }
    }
    return text
}

extension String {
    /// The text without leading and trailing blanks, as a traceback shows a source line.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
