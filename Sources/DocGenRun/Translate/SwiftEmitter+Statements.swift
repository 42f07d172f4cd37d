extension SwiftEmitter {
    /// Writes `statements`, a block of the current scope.
    mutating func block(_ statements: [PythonNode]) throws(UnsupportedConstruct) {
        for statement in statements { try self.statement(statement) }
    }

    /// Writes the declarations a scope needs before its first statement: hoisted variables and cells.
    mutating func declareHoisted() {
        let scope = context.scope
        for name in scope.order where scope.locals.contains(name) && !scope.parameters.contains(name) {
            switch storage(of: name, in: scope) {
            case .hoisted:
                write("var \(SwiftIdentifier.local(name)): PyObject = PyObject.None")
                context.declared.insert(name)
            case .cell:
                write("let \(SwiftIdentifier.local(name)) = PyCell()")
                context.declared.insert(name)
            default: break
            }
        }
    }

    mutating func statement(_ node: PythonNode) throws(UnsupportedConstruct) {
        switch node.type {
        case "Expr": try expressionStatement(node)
        case "Assign": try assignment(node)
        case "AugAssign": try augmentedAssignment(node)
        case "AnnAssign":
            guard let value = node.node("value"), let target = node.node("target") else {
                flushComments(before: node.line + 1)  // a bare annotation does nothing at run time
                return
            }
            let value_ = try expression(value)
            try assign(target, value: value_, valueNode: value, statement: node, first: true)
        case "Pass":
            flushComments(before: node.line)
            write("// pass", pythonLine: node.line)
        case "Break": statement(loopElseLabels.last.flatMap { $0 }.map { "break " + $0 } ?? "break", node)
        case "Continue": statement("continue", node)
        case "Return":
            let value = try node.node("value").map { node throws(UnsupportedConstruct) in try expression(node) }
            statement("return " + (value.map(Self.tried) ?? "PyObject.None"), node)
        case "If": try ifStatement(node)
        case "While": try whileStatement(node)
        case "For": try forStatement(node)
        case "FunctionDef": try functionDefinition(node)
        case "ClassDef": try classDefinition(node)
        case "Import", "ImportFrom": try importStatement(node)
        case "Global", "Nonlocal":
            write(
                "// \(node.type.lowercased()) " + node.strings("names").joined(separator: ", "), pythonLine: node.line)
        case "Raise": try raiseStatement(node)
        case "Try": try tryStatement(node)
        case "With": try withStatement(node)
        case "Assert": try assertStatement(node)
        case "Delete": try deleteStatement(node)
        default: throw Self.unsupported(node)
        }
    }

    /// The construct a node is, for the "cannot translate" error.
    static func unsupported(_ node: PythonNode) -> UnsupportedConstruct {
        let what: String =
            switch node.type {
            case "Yield", "YieldFrom": "'yield' (generators)"
            case "AsyncFunctionDef", "Await", "AsyncFor", "AsyncWith": "'async'/'await' (asyncio)"
            case "Match": "'match' (pattern matching)"
            case "TryStar": "'except*' (exception groups)"
            case "NamedExpr": "':=' (assignment expressions)"
            case "Starred": "'*' unpacking here"
            case "MatMult": "'@' (matrix multiplication)"
            case "TypeAlias": "'type' aliases"
            default: "'\(node.type)'"
            }
        return UnsupportedConstruct(line: node.line, construct: what)
    }

    /// `try ` before `text` when it can throw.
    static func tried(_ text: String) -> String {
        Self.canThrow(text) ? "try " + text : text
    }

    /// Marks a throwing part of an emitted expression (removed when the line is written).
    static let throwsMark: Character = "\u{1}"

    /// `text` marked as throwing.
    static func throwing(_ text: String) -> String { String(throwsMark) + text }

    /// Whether an emitted expression has a throwing part.
    static func canThrow(_ text: String) -> Bool { text.contains(throwsMark) }

    // MARK: Simple statements

    private mutating func expressionStatement(_ node: PythonNode) throws(UnsupportedConstruct) {
        guard let value = node.node("value") else { return }
        if value.type == "Constant", case .constant(let kind, let text)? = value.fields["value"] {
            // A docstring or a lone constant does nothing: kept as a comment.
            let shown = kind == "str" ? text.split(separator: "\n").first.map(String.init) ?? "" : text
            flushComments(before: node.line)
            write("// \(kind == "str" ? "\"\"\"" + shown + "\"\"\"" : shown)", pythonLine: node.line)
            return
        }
        let text = try expression(value)
        statement(value.type == "Call" ? Self.tried(text) : "_ = " + Self.tried(text), node)
    }

    private mutating func assignment(_ node: PythonNode) throws(UnsupportedConstruct) {
        guard let value = node.node("value") else { return }
        let targets = node.nodes("targets")
        let text = try expression(value)
        if targets.count == 1 {
            try assign(targets[0], value: text, valueNode: value, statement: node, first: true)
            return
        }
        // `a = b = value`: the value once, then each target.
        let temporary = temporary("value")
        statement("let \(temporary) = " + Self.tried(text), node)
        for target in targets {
            try assign(target, value: temporary, valueNode: nil, statement: node, first: false)
        }
    }

    private mutating func augmentedAssignment(_ node: PythonNode) throws(UnsupportedConstruct) {
        guard let target = node.node("target"), let value = node.node("value"), let op = node.kind("op") else { return }
        let right = try operand(value, parentPrecedence: 0, right: true)
        let combined: (String) throws(UnsupportedConstruct) -> String = { left throws(UnsupportedConstruct) in
            op == "Add" && value.type != "Constant"
                ? Self.throwing("\(Self.parenthesised(left)).inplaceAdd(\(right))")
                : try Self.binary(op, left, right, node: node)
        }
        switch target.type {
        case "Name":
            let read = try expression(target)
            try assign(target, value: try combined(read), valueNode: nil, statement: node, first: false)
        case "Attribute":
            guard let object = target.node("value"), let attribute = target.string("attr") else { return }
            var objectText = try expression(object)
            if Self.canThrow(objectText) {
                let temporary = temporary("object")
                statement("let \(temporary) = \(Self.tried(objectText))", node)
                objectText = temporary
            }
            let read = Self.attributeRead(objectText, attribute)
            let write = Self.attributeWrite(objectText, attribute, value: try combined(read))
            statement(Self.tried(write), node)
        case "Subscript":
            guard let object = target.node("value"), let index = target.node("slice") else { return }
            let objectText = try expression(object)
            let indexText = try subscriptIndex(index)
            statement("try \(objectText).setItem(\(indexText), \(try combined("\(objectText)[\(indexText)]")))", node)
        default: throw Self.unsupported(target)
        }
    }

    /// Writes the assignment of the Swift expression `value` to `target`. `first` when this statement may declare
    /// the name (its first binding).
    mutating func assign(
        _ target: PythonNode, value: String, valueNode: PythonNode?, statement node: PythonNode, first: Bool
    ) throws(UnsupportedConstruct) {
        switch target.type {
        case "Name":
            let name = target.string("id") ?? ""
            let tried = Self.tried(value)
            switch resolve(name) {
            case .global(let name):
                usesGlobals = true
                statement("g.\(Self.member(name)) = \(tried)", node)
            case .cell(let swift):
                if context.declared.contains(name) || !context.scope.locals.contains(name) {
                    statement("\(swift).value = \(tried)", node)
                } else {
                    context.declared.insert(name)
                    statement("let \(swift) = PyCell(\(tried))", node)
                }
            case .classAttribute(let object, let name):
                statement(Self.attributeWrite(object, name, value: tried), node)
            case .local(let swift):
                if context.declared.contains(name) || context.scope.parameters.contains(name)
                    || !context.scope.locals.contains(name)
                {
                    statement("\(swift) = \(tried)", node)
                } else {
                    context.declared.insert(name)
                    let keyword =
                        [.constant, .blockScoped].contains(storage(of: name, in: context.scope)) ? "let" : "var"
                    let annotation = valueNode.map(Self.needsAnnotation) ?? false ? ": PyObject" : ""
                    statement("\(keyword) \(swift)\(annotation) = \(tried)", node)
                }
            case .builtin(let name):
                usesGlobals = true
                statement("g.\(Self.member(name)) = \(tried)", node)
            }
        case "Attribute":
            guard let object = target.node("value"), let attribute = target.string("attr") else { return }
            let objectText = try expression(object)
            statement(Self.tried(Self.attributeWrite(objectText, attribute, value: value)), node)
        case "Subscript":
            guard let object = target.node("value"), let index = target.node("slice") else { return }
            statement("try \(try expression(object)).setItem(\(try subscriptIndex(index)), \(value))", node)
        case "Tuple", "List":
            var elements = target.nodes("elts")
            let starredIndices = elements.indices.filter { elements[$0].type == "Starred" }
            if starredIndices.count > 1 { throw Self.unsupported(elements[starredIndices[1]]) }
            let temporary = temporary("values")
            // A literal is made a `PyObject` first (`a, b = "xy"`), or Swift would look `unpack` up on `String`.
            let source = valueNode?.type == "Constant" ? "PyObject(\(value))" : Self.parenthesised(value)
            if let star = starredIndices.first, let starred = elements[star].node("value") {
                // `first, *rest = value`: the starred name gets a list of what the others leave.
                let after = elements.count - star - 1
                statement("let \(temporary) = try \(source).unpack(before: \(star), after: \(after))", node)
                elements[star] = starred
            } else {
                statement("let \(temporary) = try \(source).unpack(\(elements.count))", node)
            }
            for (index, element) in elements.enumerated() {
                try assign(element, value: "\(temporary)[\(index)]", valueNode: nil, statement: node, first: first)
            }
        default: throw Self.unsupported(target)
        }
    }

    /// Whether `let x = <value>` needs `: PyObject` because Swift would infer another type for the literal.
    static func needsAnnotation(_ value: PythonNode) -> Bool {
        switch value.type {
        case "Constant": true
        case "UnaryOp": value.node("operand").map(needsAnnotation) ?? false
        case "BinOp":
            (value.node("left").map(needsAnnotation) ?? false) && (value.node("right").map(needsAnnotation) ?? false)
        default: false
        }
    }

    private mutating func raiseStatement(_ node: PythonNode) throws(UnsupportedConstruct) {
        guard let exception = node.node("exc") else {
            guard let caught = context.caught else {
                throw UnsupportedConstruct(line: node.line, construct: "a bare 'raise' outside an except block")
            }
            statement("throw \(caught)", node)
            return
        }
        let text = try expression(exception)
        if let cause = node.node("cause") {
            statement("throw try PyError(\(text), cause: \(try expression(cause)))", node)
        } else {
            statement("throw try PyError(\(text))", node)
        }
    }

    private mutating func assertStatement(_ node: PythonNode) throws(UnsupportedConstruct) {
        guard let test = node.node("test") else { return }
        let condition = try self.condition(test)
        let message = try node.node("msg").map { node throws(UnsupportedConstruct) in try expression(node) } ?? ""
        statement("if !(\(Self.tried(condition))) { throw try PyError(py.AssertionError(\(message))) }", node)
    }

    private mutating func deleteStatement(_ node: PythonNode) throws(UnsupportedConstruct) {
        for target in node.nodes("targets") {
            switch target.type {
            case "Subscript":
                guard let object = target.node("value"), let index = target.node("slice") else { continue }
                statement("try \(try expression(object)).delItem(\(try subscriptIndex(index)))", node)
            case "Attribute":
                guard let object = target.node("value"), let attribute = target.string("attr") else { continue }
                statement(
                    "try \(try expression(object)).deleteAttribute(\(SwiftIdentifier.stringLiteral(attribute)))", node)
            case "Name":
                let name = target.string("id") ?? ""
                guard case .global(let global) = resolve(name) else {
                    throw UnsupportedConstruct(line: node.line, construct: "'del' of a function's local name")
                }
                usesGlobals = true
                statement("try g.deleteAttribute(\(SwiftIdentifier.stringLiteral(global)))", node)
            default:
                throw UnsupportedConstruct(line: node.line, construct: "'del' of this target")
            }
        }
    }

    private mutating func importStatement(_ node: PythonNode) throws(UnsupportedConstruct) {
        if node.type == "ImportFrom" {
            guard (node.int("level") ?? 0) == 0, let module = node.string("module") else {
                throw UnsupportedConstruct(line: node.line, construct: "a relative import")
            }
            for alias in node.nodes("names") {
                guard let name = alias.string("name"), name != "*" else {
                    throw UnsupportedConstruct(line: node.line, construct: "'from \(module) import *'")
                }
                let bound = alias.string("asname") ?? name
                let value = Self.attributeRead(
                    Self.throwing("py_import(\(SwiftIdentifier.stringLiteral(module)))"), name)
                try bindName(bound, value: value, statement: node)
            }
            return
        }
        for alias in node.nodes("names") {
            guard let name = alias.string("name") else { continue }
            if let bound = alias.string("asname") {
                try bindName(
                    bound, value: Self.throwing("py_import(\(SwiftIdentifier.stringLiteral(name)))"), statement: node)
            } else {
                let top = String(name.prefix { $0 != "." })
                try bindName(
                    top, value: Self.throwing("py_import(\(SwiftIdentifier.stringLiteral(top)))"), statement: node)
            }
        }
    }

    /// Binds Python name `name` to the Swift expression `value` (an import, a def, a class).
    mutating func bindName(_ name: String, value: String, statement node: PythonNode) throws(UnsupportedConstruct) {
        let target = PythonNode(
            type: "Name", line: node.line, column: node.column, endLine: node.line, fields: ["id": .string(name)])
        try assign(target, value: value, valueNode: nil, statement: node, first: true)
    }

    // MARK: Names as Swift text

    /// `name` after `g.` or another object: a member when Swift can spell it.
    static func member(_ name: String) -> String {
        SwiftIdentifier.keywords.contains(name) ? "`\(name)`" : name
    }

    static func attributeRead(_ object: String, _ name: String) -> String {
        throwing(
            SwiftIdentifier.isMember(name)
                ? "\(parenthesised(object)).\(member(name))"
                : "\(parenthesised(object)).attribute(\(SwiftIdentifier.stringLiteral(name)))")
    }

    static func attributeWrite(_ object: String, _ name: String, value: String) -> String {
        SwiftIdentifier.isMember(name)
            ? "\(parenthesised(object)).\(member(name)) = \(value)"
            : throwing("\(parenthesised(object)).setAttribute(\(SwiftIdentifier.stringLiteral(name)), \(value))")
    }

    /// `text` in parentheses unless it is a name, a call, a member or a literal already.
    static func parenthesised(_ text: String) -> String {
        var depth = 0
        var inString = false
        var previous: Character = " "
        for character in text {
            if inString {
                if character == "\"", previous != "\\" { inString = false }
            } else if character == "\"" {
                inString = true
            } else if "([{".contains(character) {
                depth += 1
            } else if ")]}".contains(character) {
                depth -= 1
            } else if depth == 0, character == " " || character == "?" || character == "!" {
                return "(\(text))"
            }
            previous = character
        }
        return text.hasPrefix("-") || text.hasPrefix("try ") ? "(\(text))" : text
    }
}
