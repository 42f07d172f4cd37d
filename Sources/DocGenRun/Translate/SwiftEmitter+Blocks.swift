extension SwiftEmitter {
    /// Writes `body` one level deeper, closed by `}` (and what `closing` adds after it).
    mutating func indented(_ body: [PythonNode], closing: String = "}") throws(UnsupportedConstruct) {
        indent += 1
        try block(body)
        if let last = body.last { flushComments(before: last.endLine + 1) }
        indent -= 1
        write(closing)
    }

    mutating func ifStatement(_ node: PythonNode) throws(UnsupportedConstruct) {
        guard let test = node.node("test") else { return }
        if Self.isMainGuard(test), node.nodes("orelse").isEmpty, context.scope.kind == .module {
            // `if __name__ == "__main__":` always holds for a cell: its body runs as the program.
            write("// if __name__ == \"__main__\":", pythonLine: node.line)
            try block(node.nodes("body"))
            return
        }
        statement("if \(Self.tried(try condition(test))) {", node)
        var current = node
        while true {
            indent += 1
            try block(current.nodes("body"))
            indent -= 1
            let orelse = current.nodes("orelse")
            if orelse.count == 1, orelse[0].type == "If", let test = orelse[0].node("test") {
                flushComments(before: orelse[0].line)
                write("} else if \(Self.tried(try condition(test))) {", pythonLine: orelse[0].line)
                current = orelse[0]
                continue
            }
            if !orelse.isEmpty {
                write("} else {")
                try indented(orelse)
            } else {
                if let last = current.nodes("body").last { flushComments(before: last.endLine + 1) }
                write("}")
            }
            return
        }
    }

    static func isMainGuard(_ test: PythonNode) -> Bool {
        guard test.type == "Compare", test.node("left")?.string("id") == "__name__",
            test.nodes("ops").map(\.type) == ["Eq"], let right = test.nodes("comparators").first,
            case .constant("str", "__main__")? = right.fields["value"]
        else { return false }
        return true
    }

    mutating func whileStatement(_ node: PythonNode) throws(UnsupportedConstruct) {
        guard let test = node.node("test") else { return }
        try loop(node) { emitter throws(UnsupportedConstruct) in
            emitter.statement("while \(Self.tried(try emitter.condition(test))) {", node)
            try emitter.indented(node.nodes("body"))
        }
    }

    mutating func forStatement(_ node: PythonNode) throws(UnsupportedConstruct) {
        guard node.node("target") != nil, node.node("iter") != nil else { return }
        try loop(node) { emitter throws(UnsupportedConstruct) in try emitter.forLoop(node) }
    }

    /// Writes a `for` or `while` loop; one with an `else` goes in a labelled `do` block whose end runs the `else`
    /// body, which a `break` of the loop leaves (`loop: do { while … { … break loop … } <else body> }`).
    private mutating func loop(
        _ node: PythonNode, _ body: (inout SwiftEmitter) throws(UnsupportedConstruct) -> Void
    ) throws(UnsupportedConstruct) {
        let orelse = node.nodes("orelse")
        guard !orelse.isEmpty else {
            loopElseLabels.append(nil)
            defer { loopElseLabels.removeLast() }
            try body(&self)
            return
        }
        let label = temporary("loop")
        write("\(label): do {  // \(node.type == "For" ? "for" : "while") … else", pythonLine: nil)
        indent += 1
        loopElseLabels.append(label)
        try body(&self)
        loopElseLabels.removeLast()
        try block(orelse)
        if let last = orelse.last { flushComments(before: last.endLine + 1) }
        indent -= 1
        write("}")
    }

    private mutating func forLoop(_ node: PythonNode) throws(UnsupportedConstruct) {
        guard let target = node.node("target"), let iterable = node.node("iter") else { return }
        let name = target.type == "Name" ? (target.string("id") ?? "") : ""
        let base =
            name.isEmpty || name == "_" ? "iterator" : SwiftIdentifier.local(name).filter { $0 != "`" } + "Iterator"
        let iterator = temporary(base)
        statement("let \(iterator) = try \(Self.parenthesised(try expression(iterable))).iterator()", node)
        if target.type == "Name", let name = target.string("id"), context.scope.kind != .classBody,
            case .local(let swift) = resolve(name), storage(of: name, in: context.scope) == .blockScoped
        {
            write("while let \(swift) = try \(iterator).nextItem() {", pythonLine: node.line)
        } else {
            let item = temporary("item")
            write("while let \(item) = try \(iterator).nextItem() {", pythonLine: node.line)
            indent += 1
            unmarked = true
            try assign(target, value: item, valueNode: nil, statement: node, first: false)
            unmarked = false
            indent -= 1
        }
        try indented(node.nodes("body"))
    }

    // MARK: Definitions

    /// The parameter list `def` takes (`["a", "b=", "*args", "c", "**kw"]`) and the default values, in order.
    mutating func parameters(_ arguments: PythonNode) throws(UnsupportedConstruct) -> (list: String, defaults: [String])
    {
        var specs: [String] = []
        var defaults: [String] = []
        let positional = arguments.nodes("posonlyargs") + arguments.nodes("args")
        let positionalDefaults = arguments.nodes("defaults")
        let firstDefault = positional.count - positionalDefaults.count
        for (index, parameter) in positional.enumerated() {
            let name = parameter.string("arg") ?? ""
            specs.append(index >= firstDefault ? name + "=" : name)
            if index >= firstDefault { defaults.append(try expression(positionalDefaults[index - firstDefault])) }
            if index + 1 == arguments.nodes("posonlyargs").count { specs.append("/") }
        }
        if let vararg = arguments.node("vararg")?.string("arg") {
            specs.append("*" + vararg)
        } else if !arguments.nodes("kwonlyargs").isEmpty {
            specs.append("*")
        }
        for (parameter, value) in zip(arguments.nodes("kwonlyargs"), arguments.optionalNodes("kw_defaults")) {
            let name = parameter.string("arg") ?? ""
            if let value {
                specs.append(name + "=")
                defaults.append(try expression(value))
            } else {
                specs.append(name)
            }
        }
        if let kwarg = arguments.node("kwarg")?.string("arg") { specs.append("**" + kwarg) }
        let list = "[" + specs.map(SwiftIdentifier.stringLiteral).joined(separator: ", ") + "]"
        return (list, defaults)
    }

    /// `def("name", [params]…) { arguments in`, the opening of a function value.
    mutating func functionOpening(name: String, arguments: PythonNode?) throws(UnsupportedConstruct) -> String {
        let (list, defaults) =
            try arguments.map { node throws(UnsupportedConstruct) in try parameters(node) } ?? ("[]", [])
        let defaultsText = defaults.isEmpty ? "" : ", defaults: [" + defaults.joined(separator: ", ") + "]"
        let parameterNames = arguments.map(PythonScopeBuilder.parameterNames) ?? []
        return
            "def(\(SwiftIdentifier.stringLiteral(name)), \(list)\(defaultsText)) { \(parameterNames.isEmpty ? "_" : "arguments") in"
    }

    /// Writes the parameter bindings and hoisted declarations at the top of a function body.
    mutating func functionPrologue() {
        let scope = context.scope
        for (index, name) in scope.parameters.enumerated() {
            let swift = SwiftIdentifier.local(name)
            switch storage(of: name, in: scope) {
            case .cell: write("let \(swift) = PyCell(arguments[\(index)])")
            default:
                let rebound = scope.bindings[name] != nil
                write("\(rebound ? "var" : "let") \(swift) = arguments[\(index)]")
            }
            context.declared.insert(name)
        }
        declareHoisted()
    }

    mutating func functionDefinition(_ node: PythonNode) throws(UnsupportedConstruct) {
        let name = node.string("name") ?? ""
        guard let scope = scopes.scopes[PythonScopeBuilder.key(node)] else { return }
        var decorators: [String] = []
        for decorator in node.nodes("decorator_list") { decorators.append(try expression(decorator)) }
        let opening = try functionOpening(name: name, arguments: node.node("args"))
        let enclosing = context
        var inner = Context(scope: scope)
        inner.markersRaise = StatementMarkers.scopeNeedsRaising(node.nodes("body"))
        if enclosing.scope.kind == .classBody, let object = enclosing.classObject, let first = scope.parameters.first {
            inner.methodOf = (object, SwiftIdentifier.local(first))
        }
        // Calling a decorator can throw, even one bound to a local name (`@logged`).
        let prefix =
            decorators.isEmpty
            ? "" : Self.throwing(decorators.reversed().map { Self.parenthesised($0) + "(" }.joined())
        let suffix = String(repeating: ")", count: decorators.count)
        try bindOpening(name, value: prefix + opening, statement: node)
        contexts.append(inner)
        indent += 1
        functionPrologue()
        let body = node.nodes("body")
        try block(body)
        if let last = body.last { flushComments(before: last.endLine + 1) }
        if body.last?.type != "Return" { write("return PyObject.None") }
        indent -= 1
        contexts.removeLast()
        write("}" + suffix)
    }

    /// Writes the first line of a binding whose value continues on the following lines (a def, a class).
    mutating func bindOpening(_ name: String, value: String, statement node: PythonNode) throws(UnsupportedConstruct) {
        try bindName(name, value: value, statement: node)
        // `assign` marked a value with a `try` when it could throw; a def's opening cannot, unless decorated.
    }

    mutating func classDefinition(_ node: PythonNode) throws(UnsupportedConstruct) {
        let name = node.string("name") ?? ""
        guard let scope = scopes.scopes[PythonScopeBuilder.key(node)] else { return }
        if !node.nodes("keywords").isEmpty {
            throw UnsupportedConstruct(line: node.line, construct: "class keywords (metaclass=…)")
        }
        var decorators: [String] = []
        for decorator in node.nodes("decorator_list") { decorators.append(try expression(decorator)) }
        var bases: [String] = []
        for base in node.nodes("bases") { bases.append(try expression(base)) }
        let object = SwiftIdentifier.local(name)
        // Calling a decorator can throw, even one bound to a local name (`@logged`).
        let prefix =
            decorators.isEmpty
            ? "" : Self.throwing(decorators.reversed().map { Self.parenthesised($0) + "(" }.joined())
        let suffix = String(repeating: ")", count: decorators.count)
        let opening = Self.throwing(
            "pyclass(\(SwiftIdentifier.stringLiteral(name)), bases: [\(bases.joined(separator: ", "))]) { \(object) in")
        try bindOpening(name, value: prefix + opening, statement: node)
        var inner = Context(scope: scope)
        inner.classObject = object
        contexts.append(inner)
        indent += 1
        let body = node.nodes("body")
        try classAnnotations(body, classObject: object)
        try block(body)
        if let last = body.last { flushComments(before: last.endLine + 1) }
        indent -= 1
        contexts.removeLast()
        write("}" + suffix)
    }

    /// `__annotations__` of a class whose body annotates names (`name: str`, `priority: int = 0`), as the names and
    /// the annotations' source text (what `from __future__ import annotations` keeps): `@dataclass` reads its fields
    /// from them.
    private mutating func classAnnotations(_ body: [PythonNode], classObject: String) throws(UnsupportedConstruct) {
        var pairs: [String] = []
        for statement in body where statement.type == "AnnAssign" {
            guard let target = statement.node("target"), target.type == "Name", let name = target.string("id"),
                let annotation = statement.node("annotation")
            else { continue }
            let text = Self.annotationText(annotation)
            pairs.append("(\(SwiftIdentifier.stringLiteral(name)), \(SwiftIdentifier.stringLiteral(text)))")
        }
        guard !pairs.isEmpty else { return }
        let value = Self.throwing("PyObject.dict([\(pairs.joined(separator: ", "))])")
        write(Self.tried(Self.attributeWrite(classObject, "__annotations__", value: value)))
    }

    /// The source text of an annotation (`str`, `list[int]`, `typing.Optional[Job]`, `int | None`).
    static func annotationText(_ node: PythonNode) -> String {
        switch node.type {
        case "Name": return node.string("id") ?? ""
        case "Attribute": return (node.node("value").map(annotationText) ?? "") + "." + (node.string("attr") ?? "")
        case "Constant":
            if case .constant(_, let text)? = node.fields["value"] { return text }
            return ""
        case "Subscript":
            return (node.node("value").map(annotationText) ?? "") + "["
                + (node.node("slice").map(annotationText) ?? "") + "]"
        case "Tuple", "List": return node.nodes("elts").map(annotationText).joined(separator: ", ")
        case "BinOp":
            return (node.node("left").map(annotationText) ?? "") + " | "
                + (node.node("right").map(annotationText) ?? "")
        default: return "..."
        }
    }

    // MARK: Exceptions and context managers

    mutating func tryStatement(_ node: PythonNode) throws(UnsupportedConstruct) {
        let handlers = node.nodes("handlers")
        let finalBody = node.nodes("finalbody")
        let orelse = node.nodes("orelse")
        // `else` runs when the body raised nothing, outside the handlers' reach.
        let succeeded = orelse.isEmpty ? nil : temporary("succeeded")
        if let succeeded { statement("var \(succeeded) = false", node) }
        if succeeded == nil { statement("do {", node) } else { write("do {", pythonLine: node.line) }
        indent += 1
        if !finalBody.isEmpty {
            // Python's `finally` runs however the block is left, as Swift's `defer` does.
            write("defer {")
            indent += 1
            write("do {")
            try indented(finalBody, closing: "} catch { PyError.dropped(error) }")
            indent -= 1
            write("}")
        }
        if handlers.isEmpty {
            try block(node.nodes("body"))
            if let last = node.nodes("body").last { flushComments(before: last.endLine + 1) }
            indent -= 1
            write("}")
            return
        }
        if !finalBody.isEmpty {
            write("do {")
            indent += 1
        }
        try block(node.nodes("body"))
        if let last = node.nodes("body").last { flushComments(before: last.endLine + 1) }
        if let succeeded { write("\(succeeded) = true") }
        indent -= 1
        let caught = "raised"
        write("} catch let \(caught) as PyError {")
        indent += 1
        var catchesAll = false
        for (index, handler) in handlers.enumerated() {
            let keyword = index == 0 ? "if" : "} else if"
            if let type = handler.node("type"), !(type.type == "Name" && type.string("id") == "BaseException") {
                write(
                    "\(keyword) \(Self.tried("\(caught).matches(\(try expression(type)))")) {", pythonLine: handler.line
                )
            } else if index == 0 {
                write("do {", pythonLine: handler.line)
                catchesAll = true
            } else {
                write("} else {", pythonLine: handler.line)
                catchesAll = true
            }
            indent += 1
            if let name = handler.string("name") {
                let swift = SwiftIdentifier.local(name)
                switch resolve(name) {
                case .local(let local) where storage(of: name, in: context.scope) == .blockScoped:
                    write("let \(local) = \(caught).value")
                case .local(let local): write("\(local) = \(caught).value")
                case .cell(let cell): write("\(cell).value = \(caught).value")
                case .global(let global):
                    usesGlobals = true
                    write("g.\(Self.member(global)) = \(caught).value")
                default: write("let \(swift) = \(caught).value")
                }
            }
            let saved = context.caught
            context.caught = caught
            try block(handler.nodes("body"))
            if let last = handler.nodes("body").last { flushComments(before: last.endLine + 1) }
            context.caught = saved
            indent -= 1
            if catchesAll { break }
        }
        if catchesAll {
            write("}")
        } else {
            write("} else {")
            write("    throw \(caught)")
            write("}")
        }
        indent -= 1
        write("}")
        if let succeeded {
            write("if \(succeeded) {")
            try indented(orelse)
        }
        if !finalBody.isEmpty {
            indent -= 1
            write("}")
        }
    }

    mutating func withStatement(_ node: PythonNode) throws(UnsupportedConstruct) {
        let items = node.nodes("items")
        let body = node.nodes("body")
        if Self.leavesBlock(body) {
            try explicitWith(node, items: items, body: body)
            return
        }
        for (index, item) in items.enumerated() {
            guard let manager = item.node("context_expr") else { continue }
            let text = try expression(manager)
            var parameter = " _ in"
            var bindTarget: PythonNode?
            if let target = item.node("optional_vars") {
                if target.type == "Name", let name = target.string("id"),
                    storage(of: name, in: context.scope) == .blockScoped, case .local(let swift) = resolve(name)
                {
                    parameter = " \(swift) in"
                    context.declared.insert(name)
                } else {
                    parameter = " entered in"
                    bindTarget = target
                }
            }
            let line = "try with(\(text)) {\(parameter)"
            if index == 0 { statement(line, node) } else { write(line, pythonLine: node.line) }
            indent += 1
            unmarked = true
            if let bindTarget {
                try assign(bindTarget, value: "entered", valueNode: nil, statement: node, first: false)
            }
            unmarked = false
        }
        try block(body)
        if let last = body.last { flushComments(before: last.endLine + 1) }
        for _ in items {
            indent -= 1
            write("}")
        }
    }

    /// `with` whose body returns, breaks or continues: entered and exited explicitly, the exit deferred.
    private mutating func explicitWith(_ node: PythonNode, items: [PythonNode], body: [PythonNode])
        throws(UnsupportedConstruct)
    {
        statement("do {", node)
        indent += 1
        for item in items {
            guard let manager = item.node("context_expr") else { continue }
            let context = temporary("context")
            write("let \(context) = try PyWith(\(try expression(manager)))", pythonLine: node.line)
            if let target = item.node("optional_vars") {
                let entered = temporary("entered")
                write("let \(entered) = try \(context).enter()")
                unmarked = true
                try assign(target, value: entered, valueNode: nil, statement: node, first: false)
                unmarked = false
            } else {
                write("_ = try \(context).enter()")
            }
            write("defer { \(context).exitQuietly() }")
        }
        try block(body)
        if let last = body.last { flushComments(before: last.endLine + 1) }
        indent -= 1
        write("}")
    }

    /// Whether `statements` hold a `return`, or a `break`/`continue` of a loop outside them (not counting nested
    /// functions and classes).
    static func leavesBlock(_ statements: [PythonNode], inLoop: Bool = false) -> Bool {
        statements.contains { statement in
            switch statement.type {
            case "Return": return true
            case "Break", "Continue": return !inLoop
            case "FunctionDef", "ClassDef", "AsyncFunctionDef": return false
            case "For", "While":
                return leavesBlock(statement.nodes("body"), inLoop: true)
                    || leavesBlock(statement.nodes("orelse"), inLoop: inLoop)
            default:
                let blocks =
                    ["body", "orelse", "finalbody"].map { statement.nodes($0) }
                    + statement.nodes("handlers").map { $0.nodes("body") }
                return blocks.contains { leavesBlock($0, inLoop: inLoop) }
            }
        }
    }
}
