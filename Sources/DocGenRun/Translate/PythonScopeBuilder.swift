/// The first pass: walks a module's statements and builds its tree of `PythonScope`s, each found again by the node
/// that opens it (`def`, `lambda`, `class`).
struct PythonScopeBuilder {
    /// The module's scope.
    private(set) var module: PythonScope
    /// Scopes by the key of the node that opens them.
    private(set) var scopes: [String: PythonScope] = [:]
    /// Names bound by the comprehensions being walked (their uses are the comprehension's own).
    private var comprehensionNames: [Set<String>] = []

    /// The key a node's scope is stored under.
    static func key(_ node: PythonNode) -> String { "\(node.type):\(node.line):\(node.column)" }

    init(_ body: [PythonNode]) {
        let last = body.map(\.endLine).max() ?? 1
        module = PythonScope(kind: .module, lines: 1...max(1, last), parent: nil)
        walk(body, in: module, depth: 0)
    }

    /// The lines of the statement list being walked.
    private var block: ClosedRange<Int> = 0...0

    private mutating func walk(_ statements: [PythonNode], in scope: PythonScope, depth: Int) {
        let saved = block
        if let first = statements.first { block = first.line...max(first.line, statements.map(\.endLine).max() ?? 0) }
        for statement in statements { walk(statement: statement, in: scope, depth: depth) }
        block = saved
    }

    private mutating func bind(
        _ target: PythonNode, in scope: PythonScope, statement: PythonNode, depth: Int, how: PythonScope.Binding.How,
        block: ClosedRange<Int>? = nil
    ) {
        switch target.type {
        case "Name":
            let binding = PythonScope.Binding(
                line: statement.line, endLine: statement.endLine, depth: depth, how: how, blockLines: block,
                enclosingBlock: self.block)
            scope.noteBinding(target.string("id") ?? "", binding)
        case "Tuple", "List":
            for element in target.nodes("elts") {
                bind(element, in: scope, statement: statement, depth: depth, how: how, block: block)
            }
        case "Starred":
            if let value = target.node("value") {
                bind(value, in: scope, statement: statement, depth: depth, how: how, block: block)
            }
        default:
            expression(target, in: scope)  // attribute or subscript: its object and index are reads
        }
    }

    private mutating func walk(statement: PythonNode, in scope: PythonScope, depth: Int) {
        let lines = statement.line...max(statement.line, statement.endLine)
        switch statement.type {
        case "FunctionDef", "AsyncFunctionDef", "ClassDef":
            statement.nodes("decorator_list").forEach { expression($0, in: scope) }
            statement.nodes("bases").forEach { expression($0, in: scope) }
            statement.nodes("keywords").compactMap { $0.node("value") }.forEach { expression($0, in: scope) }
            if let arguments = statement.node("args") { defaults(of: arguments, in: scope) }
            let child = PythonScope(
                kind: statement.type == "ClassDef" ? .classBody : .function, lines: lines, parent: scope)
            if let arguments = statement.node("args") { child.parameters = Self.parameterNames(arguments) }
            scope.children.append(child)
            scopes[Self.key(statement)] = child
            let saved = comprehensionNames
            comprehensionNames = []
            walk(statement.nodes("body"), in: child, depth: 0)
            comprehensionNames = saved
            scope.noteBinding(
                statement.string("name") ?? "",
                .init(
                    line: statement.line, endLine: statement.endLine, depth: depth, how: .definition,
                    enclosingBlock: block))
        case "Assign":
            if let value = statement.node("value") { expression(value, in: scope) }
            for target in statement.nodes("targets") {
                bind(target, in: scope, statement: statement, depth: depth, how: .assign)
            }
        case "AugAssign", "AnnAssign":
            if let value = statement.node("value") { expression(value, in: scope) }
            if let target = statement.node("target") {
                if statement.type == "AnnAssign", statement.node("value") == nil { break }
                if target.type != "Name" { expression(target, in: scope) }
                bind(
                    target, in: scope, statement: statement, depth: depth,
                    how: statement.type == "AugAssign" ? .augmented : .assign)
            }
        case "For", "AsyncFor":
            if let iterable = statement.node("iter") { expression(iterable, in: scope) }
            if let target = statement.node("target") {
                bind(target, in: scope, statement: statement, depth: depth, how: .forTarget, block: lines)
            }
            walk(statement.nodes("body"), in: scope, depth: depth + 1)
            walk(statement.nodes("orelse"), in: scope, depth: depth + 1)
        case "With", "AsyncWith":
            for item in statement.nodes("items") {
                if let context = item.node("context_expr") { expression(context, in: scope) }
                if let target = item.node("optional_vars") {
                    bind(target, in: scope, statement: statement, depth: depth, how: .withTarget, block: lines)
                }
            }
            walk(statement.nodes("body"), in: scope, depth: depth + 1)
        case "Try", "TryStar":
            walk(statement.nodes("body"), in: scope, depth: depth + 1)
            for handler in statement.nodes("handlers") {
                if let type = handler.node("type") { expression(type, in: scope) }
                if let name = handler.string("name") {
                    let handlerLines = handler.line...max(handler.line, handler.endLine)
                    scope.noteBinding(
                        name,
                        .init(
                            line: handler.line, endLine: handler.endLine, depth: depth, how: .exceptTarget,
                            blockLines: handlerLines))
                }
                walk(handler.nodes("body"), in: scope, depth: depth + 1)
            }
            walk(statement.nodes("orelse"), in: scope, depth: depth + 1)
            walk(statement.nodes("finalbody"), in: scope, depth: depth + 1)
        case "If", "While":
            if let test = statement.node("test") { expression(test, in: scope) }
            walk(statement.nodes("body"), in: scope, depth: depth + 1)
            walk(statement.nodes("orelse"), in: scope, depth: depth + 1)
        case "Import", "ImportFrom":
            for alias in statement.nodes("names") {
                guard let name = alias.string("name"), name != "*" else { continue }
                let bound =
                    alias.string("asname") ?? (statement.type == "Import" ? String(name.prefix { $0 != "." }) : name)
                scope.noteBinding(
                    bound,
                    .init(
                        line: statement.line, endLine: statement.endLine, depth: depth, how: .importName,
                        enclosingBlock: block))
            }
        case "Global": scope.globals.formUnion(statement.strings("names"))
        case "Nonlocal": scope.nonlocals.formUnion(statement.strings("names"))
        case "Delete":
            for target in statement.nodes("targets") {
                bind(target, in: scope, statement: statement, depth: depth, how: .delete)
            }
        default:
            for (_, value) in statement.fields { expressions(in: value, scope: scope) }
        }
    }

    private mutating func defaults(of arguments: PythonNode, in scope: PythonScope) {
        (arguments.nodes("defaults") + arguments.nodes("kw_defaults")).forEach { expression($0, in: scope) }
    }

    /// A function's parameter names in order: positional-only, positional, `*args`, keyword-only, `**kwargs`.
    static func parameterNames(_ arguments: PythonNode) -> [String] {
        var names = (arguments.nodes("posonlyargs") + arguments.nodes("args")).compactMap { $0.string("arg") }
        if let vararg = arguments.node("vararg")?.string("arg") { names.append(vararg) }
        names += arguments.nodes("kwonlyargs").compactMap { $0.string("arg") }
        if let kwarg = arguments.node("kwarg")?.string("arg") { names.append(kwarg) }
        return names
    }

    private mutating func expressions(in value: PythonValue, scope: PythonScope) {
        switch value {
        case .node(let node): expression(node, in: scope)
        case .list(let items): items.forEach { expressions(in: $0, scope: scope) }
        default: break
        }
    }

    private mutating func expression(_ node: PythonNode, in scope: PythonScope) {
        switch node.type {
        case "Name":
            let name = node.string("id") ?? ""
            if comprehensionNames.contains(where: { $0.contains(name) }) { return }
            scope.noteUse(name, line: node.line)
        case "Lambda":
            if let arguments = node.node("args") { defaults(of: arguments, in: scope) }
            let child = PythonScope(kind: .function, lines: node.line...max(node.line, node.endLine), parent: scope)
            if let arguments = node.node("args") { child.parameters = Self.parameterNames(arguments) }
            scope.children.append(child)
            scopes[Self.key(node)] = child
            let saved = comprehensionNames
            comprehensionNames = []
            if let body = node.node("body") { expression(body, in: child) }
            comprehensionNames = saved
        case "ListComp", "SetComp", "GeneratorExp", "DictComp":
            var bound: Set<String> = []
            comprehensionNames.append(bound)
            for generator in node.nodes("generators") {
                if let iterable = generator.node("iter") { expression(iterable, in: scope) }
                if let target = generator.node("target") { bound.formUnion(Self.targetNames(target)) }
                comprehensionNames[comprehensionNames.count - 1] = bound
                generator.nodes("ifs").forEach { expression($0, in: scope) }
            }
            for field in ["elt", "key", "value"] {
                if let part = node.node(field) { expression(part, in: scope) }
            }
            comprehensionNames.removeLast()
        case "NamedExpr":
            if let value = node.node("value") { expression(value, in: scope) }
            if let target = node.node("target") {
                bind(target, in: scope, statement: node, depth: 1, how: .assign)
            }
        default:
            for (_, value) in node.fields { expressions(in: value, scope: scope) }
        }
    }

    /// The names a target binds (`a`, `(a, b)`, `[a, *b]`).
    static func targetNames(_ target: PythonNode) -> Set<String> {
        switch target.type {
        case "Name": [target.string("id") ?? ""]
        case "Tuple", "List": target.nodes("elts").reduce(into: []) { $0.formUnion(targetNames($1)) }
        case "Starred": target.node("value").map(targetNames) ?? []
        default: []
        }
    }
}
