/// The last pass: writes a module's statements as Swift on Threading's Python object layer (`PyObject`, `g.name`,
/// `py.print`, `def`, `pyclass`, …), one Swift statement per Python statement where Swift allows it, each after an
/// `at(N)` marker naming its Markdown line (for tracebacks), with the Python comments carried over.
struct SwiftEmitter {
    /// One line of generated Swift: its indentation level, its text and the cell line it comes from.
    struct Line: Equatable {
        var indent: Int
        var text: String
        var pythonLine: Int?
        /// Compiled and written by `docgen new`, but not shown on the page (the cell's Python lines for tracebacks).
        var isPlumbing = false
    }

    /// Where the translation is while it writes one scope's statements.
    struct Context {
        var scope: PythonScope
        /// In a class body: the Swift name of the class object its closure receives.
        var classObject: String?
        /// In a method (a def right inside a class body): the class object and the first parameter, for `super()`.
        var methodOf: (classObject: String, firstParameter: String)?
        /// Locals already declared in Swift.
        var declared: Set<String> = []
        /// In an `except` handler: the Swift name of the caught `PyError` (for a bare `raise`).
        var caught: String?
        /// Whether this scope's statement markers raise a waiting error (`StatementMarkers`).
        var markersRaise = true
    }

    let file: String
    /// The Markdown line of the cell's first Python line.
    let firstLine: Int
    let scopes: PythonScopeBuilder
    private(set) var lines: [Line] = []
    var contexts: [Context]
    var indent = 0
    /// For each loop being written, innermost last: the label of the `do` block around a loop with an `else`
    /// (a `break` leaves that block, skipping the `else`), or nil.
    var loopElseLabels: [String?] = []
    /// Comments not written yet, in source order.
    private var comments: [(line: Int, column: Int, text: String)]
    private var storages: [String: NameStorage] = [:]
    var usesGlobals = false
    /// How many temporaries of each base name were made, for unique names.
    var temporaries: [String: Int] = [:]
    /// True while writing the assignments a loop or `with` header makes (they carry no `at(N)` of their own).
    var unmarked = false

    init(module: PythonModule, file: String, firstLine: Int) {
        self.file = file
        self.firstLine = firstLine
        scopes = PythonScopeBuilder(module.body)
        var moduleContext = Context(scope: scopes.module)
        moduleContext.markersRaise = StatementMarkers.scopeNeedsRaising(module.body)
        contexts = [moduleContext]
        comments = module.comments.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// The Swift for `module` (a cell's Python), or the first construct outside the subset.
    static func emit(_ module: PythonModule, source: String, file: String, firstLine: Int) throws(UnsupportedConstruct)
        -> [Line]
    {
        var emitter = SwiftEmitter(module: module, file: file, firstLine: firstLine)
        // A module name bound in several blocks (a loop's target, then an assignment in another loop) is declared
        // first, as in a function.
        emitter.declareHoisted()
        try emitter.block(module.body)
        emitter.flushComments(before: Int.max)
        // The page shows the Python beside the Swift: the table of its lines (for tracebacks) is not shown again.
        let table = "let pythonLines: [Int: String] = \(sourceTable(source, firstLine: firstLine))"
        let globals = "PyGlobals(file: \(SwiftIdentifier.stringLiteral(file)), source: pythonLines)"
        let header = emitter.usesGlobals ? "let g = \(globals)" : "_ = \(globals)"
        // A module whose globals no function reaches only names its file for tracebacks: plumbing too.
        return [
            Line(indent: 0, text: table, pythonLine: nil, isPlumbing: true),
            Line(indent: 0, text: header, pythonLine: nil, isPlumbing: !emitter.usesGlobals),
        ] + emitter.lines
    }

    /// The cell's non-blank lines by Markdown line number, for tracebacks: `[12: "count = 0", …]`.
    static func sourceTable(_ source: String, firstLine: Int) -> String {
        let entries = sourceLines(source).enumerated().compactMap { index, text -> String? in
            guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            return "\(firstLine + index): \(SwiftIdentifier.stringLiteral(String(text)))"
        }
        return entries.isEmpty ? "[:]" : "[" + entries.joined(separator: ", ") + "]"
    }

    /// The cell's lines as one Swift string literal, line 1 first (`PyGlobals(file:source:)` with a `String`).
    static func sourceText(_ source: String) -> String {
        SwiftIdentifier.stringLiteral(sourceLines(source).joined(separator: "\n"))
    }

    /// The cell's lines, line 1 first, each without the carriage return of a CRLF line end.
    private static func sourceLines(_ source: String) -> [Substring] {
        source.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
    }

    // MARK: Output

    var context: Context {
        get { contexts[contexts.count - 1] }
        set { contexts[contexts.count - 1] = newValue }
    }

    /// The Markdown line of cell line `line`.
    func markdownLine(_ line: Int) -> Int { firstLine + line - 1 }

    /// Writes `text` at the current indentation, after the comments above `pythonLine`, with the comment on that
    /// line appended.
    mutating func write(_ text: String, pythonLine: Int? = nil) {
        let text = text.filter { $0 != Self.throwsMark }
        if let pythonLine {
            flushComments(before: pythonLine)
            var text = text
            while let first = comments.first, first.line == pythonLine {
                text += "  " + Self.swiftComment(first.text)
                comments.removeFirst()
            }
            lines.append(Line(indent: indent, text: text, pythonLine: pythonLine))
        } else {
            lines.append(Line(indent: indent, text: text, pythonLine: nil))
        }
    }

    /// Writes a statement's first line with its marker (`StatementMarkers`).
    mutating func statement(_ text: String, _ node: PythonNode) {
        let marker = StatementMarkers.marker(line: markdownLine(node.line), raising: context.markersRaise)
        write(unmarked ? text : marker + text, pythonLine: node.line)
    }

    /// Writes the comments on lines before `line` as their own lines.
    mutating func flushComments(before line: Int) {
        while let first = comments.first, first.line < line {
            lines.append(Line(indent: indent, text: Self.swiftComment(first.text), pythonLine: first.line))
            comments.removeFirst()
        }
    }

    static func swiftComment(_ python: String) -> String {
        "//" + python.dropFirst()
    }

    /// A fresh Swift name for a temporary, based on `base`.
    mutating func temporary(_ base: String) -> String {
        let count = temporaries[base, default: 0] + 1
        temporaries[base] = count
        return count == 1 ? base : base + String(count)
    }

    // MARK: Names

    /// How `name`, bound in `scope`, is held in Swift.
    mutating func storage(of name: String, in scope: PythonScope) -> NameStorage {
        let key = "\(ObjectIdentifier(scope).hashValue):\(name)"
        if let known = storages[key] { return known }
        let decided = Self.decideStorage(of: name, in: scope)
        storages[key] = decided
        return decided
    }

    private static func decideStorage(of name: String, in scope: PythonScope) -> NameStorage {
        if scope.kind == .classBody { return .classAttribute }
        let bindings = scope.bindings[name] ?? []
        let isParameter = scope.parameters.contains(name)
        if scope.kind == .module, scope.globalsAnywhere.contains(name) { return .global }
        // `del name` at module level unbinds a slot of the module (a later read is a NameError, as in CPython).
        if scope.kind == .module, bindings.contains(where: { $0.how == .delete }) { return .global }
        let simple: Set<PythonScope.Binding.How> = [.assign, .importName, .definition]
        let uses = scope.uses[name] ?? []
        if let nestedUse = scope.firstNestedUse(of: name) {
            let writtenInside = scope.children.contains { $0.writesNonlocal(name) }
            if !isParameter, bindings.count == 1, bindings[0].depth == 0, simple.contains(bindings[0].how),
                bindings[0].endLine < nestedUse, !writtenInside, (uses.min() ?? 0) >= bindings[0].line
            {
                return .constant
            }
            if isParameter, bindings.isEmpty, !writtenInside { return .parameter }
            return scope.kind == .module ? .global : .cell
        }
        if isParameter { return .parameter }
        guard let first = bindings.first else { return .hoisted }
        let usedBefore = (uses.min() ?? first.line) < first.line
        if bindings.count == 1, first.depth == 0, simple.contains(first.how), !usedBefore { return .constant }
        if first.depth == 0, simple.contains(first.how), !usedBefore { return .variable }
        // Bound and used only inside one block (a loop's body, say): declared there.
        if simple.contains(first.how), !usedBefore,
            bindings.allSatisfy({ $0.enclosingBlock == first.enclosingBlock && $0.depth == first.depth }),
            uses.allSatisfy({ first.enclosingBlock.contains($0) })
        {
            return bindings.count == 1 ? .constant : .variable
        }
        let blocky: Set<PythonScope.Binding.How> = [.forTarget, .withTarget, .exceptTarget]
        let blocks = bindings.compactMap { blocky.contains($0.how) ? $0.blockLines : nil }
        if blocks.count == bindings.count, uses.allSatisfy({ use in blocks.contains { $0.contains(use) } }) {
            return .blockScoped
        }
        return .hoisted
    }

    /// Where a name used in the current scope lives.
    enum Resolved {
        case global(String)
        case local(String)
        case cell(String)
        case classAttribute(classObject: String, name: String)
        case builtin(String)
    }

    mutating func resolve(_ name: String) -> Resolved {
        let scope = context.scope
        if scope.kind == .classBody {
            if scope.locals.contains(name), let object = context.classObject {
                return .classAttribute(classObject: object, name: name)
            }
            return resolveFree(name, from: scope.parent)
        }
        if scope.globals.contains(name) { return .global(name) }
        if scope.nonlocals.contains(name) { return resolveFree(name, from: scope.parent) }
        if scope.locals.contains(name) { return resolved(name, storage(of: name, in: scope)) }
        if scope.kind == .module { return PythonBuiltins.names.contains(name) ? .builtin(name) : .global(name) }
        return resolveFree(name, from: scope.parent)
    }

    private mutating func resolveFree(_ name: String, from start: PythonScope?) -> Resolved {
        var scope = start
        while let current = scope {
            defer { scope = current.parent }
            if current.kind == .classBody { continue }
            guard current.locals.contains(name) else { continue }
            return resolved(name, storage(of: name, in: current))
        }
        return PythonBuiltins.names.contains(name) ? .builtin(name) : .global(name)
    }

    private func resolved(_ name: String, _ storage: NameStorage) -> Resolved {
        switch storage {
        case .global: .global(name)
        case .cell: .cell(SwiftIdentifier.local(name))
        case .classAttribute: .global(name)
        default: .local(SwiftIdentifier.local(name))
        }
    }
}

extension PythonScope {
    /// Whether this scope (or one nested in it) declares `name` nonlocal and binds it.
    func writesNonlocal(_ name: String) -> Bool {
        (nonlocals.contains(name) && bindings[name] != nil) || children.contains { $0.writesNonlocal(name) }
    }
}
