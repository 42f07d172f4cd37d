extension SwiftEmitter {
    /// The Swift for a Python expression, a `PyObject` value (throwing parts marked, see `throwing`).
    mutating func expression(_ node: PythonNode) throws(UnsupportedConstruct) -> String {
        switch node.type {
        case "Constant": return try constant(node)
        case "Name": return name(node.string("id") ?? "")
        case "Attribute":
            guard let object = node.node("value"), let attribute = node.string("attr") else {
                throw Self.unsupported(node)
            }
            return Self.attributeRead(try receiver(object), attribute)
        case "Call": return try call(node)
        case "BinOp":
            guard let op = node.kind("op"), let left = node.node("left"), let right = node.node("right") else {
                throw Self.unsupported(node)
            }
            let precedence = Self.precedence(op)
            let leftText = try operand(left, parentPrecedence: precedence, right: false)
            var rightText = try operand(right, parentPrecedence: precedence, right: true)
            if Self.needsAnnotation(left), Self.needsAnnotation(right), !["FloorDiv", "Pow"].contains(op) {
                rightText = "PyObject(\(rightText))"
            }
            return try Self.binary(op, leftText, rightText, node: node)
        case "UnaryOp":
            guard let op = node.kind("op"), let operand = node.node("operand") else { throw Self.unsupported(node) }
            if op == "Not" { return "PyObject(!(\(try condition(operand))))" }
            let text = try self.operand(operand, parentPrecedence: 100, right: false)
            if operand.type == "Constant", op == "USub" { return "-" + text }
            let symbol = ["USub": "-", "UAdd": "+", "Invert": "~"][op] ?? "-"
            return Self.throwing(symbol + text)
        case "BoolOp":
            guard let op = node.kind("op") else { throw Self.unsupported(node) }
            var values: [String] = []
            for value in node.nodes("values") { values.append(try expression(value)) }
            // Python's `and`/`or` give one of their operands, the right one evaluated only when needed.
            return values.dropFirst().reduce(values[0]) { left, right in
                Self.throwing("\(op == "And" ? "pyAnd" : "pyOr")(\(left), \(right))")
            }
        case "Compare": return try comparison(node)
        case "IfExp":
            guard let test = node.node("test"), let body = node.node("body"), let orelse = node.node("orelse") else {
                throw Self.unsupported(node)
            }
            return "(\(try condition(test)) ? \(try expression(body)) : \(try expression(orelse)))"
        case "Tuple", "List", "Set":
            var items: [String] = []
            for element in node.nodes("elts") {
                if element.type == "Starred" { throw Self.unsupported(element) }
                items.append(try expression(element))
            }
            let kind = ["Tuple": "tuple", "List": "list", "Set": "set"][node.type] ?? "list"
            let literal = "PyObject.\(kind)([\(items.joined(separator: ", "))])"
            return kind == "set" ? Self.throwing(literal) : literal  // a set hashes its items
        case "Dict":
            var pairs: [String] = []
            for (key, value) in zip(node.optionalNodes("keys"), node.nodes("values")) {
                guard let key else { throw UnsupportedConstruct(line: node.line, construct: "'**' in a dict display") }
                pairs.append("(\(try expression(key)), \(try expression(value)))")
            }
            return Self.throwing("PyObject.dict([\(pairs.joined(separator: ", "))])")  // hashes its keys
        case "JoinedStr": return try formattedString(node)
        case "Subscript":
            guard let object = node.node("value"), let index = node.node("slice") else { throw Self.unsupported(node) }
            return Self.throwing("\(Self.parenthesised(try receiver(object)))[\(try subscriptIndex(index))]")
        case "Lambda": return try lambda(node)
        case "ListComp", "SetComp", "GeneratorExp", "DictComp": return try comprehension(node)
        default: throw Self.unsupported(node)
        }
    }

    /// An expression whose attribute or item is taken: a literal is made a `PyObject` first (`", ".join(…)`), or
    /// Swift would look the member up on its own `String` or `Int`.
    mutating func receiver(_ node: PythonNode) throws(UnsupportedConstruct) -> String {
        let text = try expression(node)
        return node.type == "Constant" || node.type == "UnaryOp" ? "PyObject(\(text))" : text
    }

    /// The Swift for a Python expression used as a condition: a `Bool`.
    mutating func condition(_ node: PythonNode) throws(UnsupportedConstruct) -> String {
        switch node.type {
        case "BoolOp":
            var parts: [String] = []
            for value in node.nodes("values") {
                let part = try condition(value)
                parts.append(part.contains(" ") ? "(\(part))" : part)
            }
            return parts.joined(separator: node.kind("op") == "And" ? " && " : " || ")
        case "UnaryOp" where node.kind("op") == "Not":
            guard let operand = node.node("operand") else { throw Self.unsupported(node) }
            let inner = try condition(operand)
            return "!" + (inner.contains(" ") ? "(\(inner))" : inner)
        case "Compare":
            let ops = node.nodes("ops").map(\.type)
            if ops.count == 1, ops[0] == "Is" || ops[0] == "IsNot", let left = node.node("left"),
                let right = node.nodes("comparators").first
            {
                let test = "\(Self.parenthesised(try expression(left))).is(\(try expression(right)))"
                return ops[0] == "Is" ? test : "!" + test
            }
            if ops.count == 1, ops[0] == "In" || ops[0] == "NotIn", let left = node.node("left"),
                let right = node.nodes("comparators").first
            {
                let test = Self.throwing("contains(\(try expression(right)), \(try expression(left))).isTrue")
                return ops[0] == "In" ? test : "!" + test
            }
            return Self.throwing("\(Self.parenthesised(try comparison(node))).isTrue")
        case "Constant":
            if case .constant("bool", let text)? = node.fields["value"] { return text == "True" ? "true" : "false" }
            return Self.throwing("\(Self.parenthesised(try expression(node))).isTrue")
        default:
            return Self.throwing("\(Self.parenthesised(try expression(node))).isTrue")
        }
    }

    // MARK: Pieces

    mutating func constant(_ node: PythonNode) throws(UnsupportedConstruct) -> String {
        guard case .constant(let kind, let text)? = node.fields["value"] else { throw Self.unsupported(node) }
        switch kind {
        case "None": return "PyObject.None"
        case "bool": return text == "True" ? "true" : "false"
        case "int":
            return Int64(text) != nil ? text : Self.throwing("PyObject.int(\(SwiftIdentifier.stringLiteral(text)))")
        case "float":
            if text == "inf" || text == "nan" || text == "-inf" { return Self.throwing("py.float(\"\(text)\")") }
            return text.contains(".") || text.contains("e") ? text : text + ".0"
        case "str": return SwiftIdentifier.stringLiteral(text)
        case "bytes": throw UnsupportedConstruct(line: node.line, construct: "bytes literals")
        default: throw UnsupportedConstruct(line: node.line, construct: "'\(kind)' literals")
        }
    }

    mutating func name(_ name: String) -> String {
        switch resolve(name) {
        case .global(let name):
            usesGlobals = true
            return Self.throwing("g.\(Self.member(name))")
        case .local(let swift): return swift
        case .cell(let swift): return Self.throwing("\(swift).value")
        case .classAttribute(let object, let name): return Self.attributeRead(object, name)
        case .builtin(let name): return "py.\(Self.member(name))"
        }
    }

    /// Operator precedence as both languages agree on it for arithmetic (higher binds tighter).
    static func precedence(_ op: String) -> Int {
        switch op {
        case "Add", "Sub": 10
        case "Mult", "Div", "Mod": 20
        default: 0  // functions (floorDiv, pow) and bit operators: operands are parenthesised where needed
        }
    }

    /// A binary operation's operand, parenthesised when Swift would group it differently.
    mutating func operand(_ node: PythonNode, parentPrecedence: Int, right: Bool) throws(UnsupportedConstruct)
        -> String
    {
        let text = try expression(node)
        switch node.type {
        case "BinOp":
            let own = Self.precedence(node.kind("op") ?? "")
            if own == 0 && ["FloorDiv", "Pow"].contains(node.kind("op") ?? "") { return text }
            return own > parentPrecedence || (own == parentPrecedence && !right && own > 0) ? text : "(\(text))"
        case "BoolOp", "Compare", "IfExp", "UnaryOp", "Lambda": return Self.parenthesised(text)
        default: return text
        }
    }

    static func binary(_ op: String, _ left: String, _ right: String, node: PythonNode) throws(UnsupportedConstruct)
        -> String
    {
        let symbols = [
            "Add": "+", "Sub": "-", "Mult": "*", "Div": "/", "Mod": "%", "LShift": "<<", "RShift": ">>",
            "BitAnd": "&", "BitOr": "|", "BitXor": "^",
        ]
        if let symbol = symbols[op] {
            let wrap = { (text: String) in precedence(op) == 0 ? parenthesised(text) : text }
            return throwing("\(wrap(left)) \(symbol) \(wrap(right))")
        }
        switch op {
        case "FloorDiv": return throwing("floorDiv(\(left), \(right))")
        case "Pow": return throwing("pow(\(left), \(right))")
        default: throw UnsupportedConstruct(line: node.line, construct: "the '\(op)' operator")
        }
    }

    mutating func comparison(_ node: PythonNode) throws(UnsupportedConstruct) -> String {
        guard let left = node.node("left") else { throw Self.unsupported(node) }
        let ops = node.nodes("ops").map(\.type)
        let comparators = node.nodes("comparators")
        guard ops.count == 1, let right = comparators.first else {
            // `a < b < c`: each operand evaluated once, the chain stopping at the first false comparison.
            let names = [
                "Eq": "==", "NotEq": "!=", "Lt": "<", "LtE": "<=", "Gt": ">", "GtE": ">=", "In": "in",
                "NotIn": "not in", "Is": "is", "IsNot": "is not",
            ]
            var links: [String] = []
            for (op, comparator) in zip(ops, comparators) {
                guard let name = names[op] else { throw Self.unsupported(node) }
                links.append("(\"\(name)\", { \(Self.tried(try expression(comparator))) })")
            }
            return Self.throwing("chainedComparison(\(try expression(left)), \(links.joined(separator: ", ")))")
        }
        let leftText = Self.parenthesised(try expression(left))
        let rightText = Self.parenthesised(try expression(right))
        let symbols = ["Eq": "==", "NotEq": "!=", "Lt": "<", "LtE": "<=", "Gt": ">", "GtE": ">="]
        if let symbol = symbols[ops[0]] { return Self.throwing("\(leftText) \(symbol) \(rightText)") }
        switch ops[0] {
        case "In": return Self.throwing("contains(\(rightText), \(leftText))")
        case "NotIn": return Self.throwing("PyObject(!contains(\(rightText), \(leftText)).isTrue)")
        case "Is": return "PyObject(\(leftText).is(\(rightText)))"
        case "IsNot": return "PyObject(!\(leftText).is(\(rightText)))"
        default: throw Self.unsupported(node)
        }
    }

    /// A call: `try f(a, key: b)`, or `f.call([...], kwargs: [...])` when it unpacks `*`/`**`.
    mutating func call(_ node: PythonNode) throws(UnsupportedConstruct) -> String {
        guard let function = node.node("func") else { throw Self.unsupported(node) }
        if function.type == "Name", function.string("id") == "super", node.nodes("args").isEmpty,
            case .builtin = resolve("super")
        {
            guard let method = context.methodOf else {
                throw UnsupportedConstruct(line: node.line, construct: "'super()' outside a method")
            }
            return Self.throwing("py.super(\(method.classObject), \(method.firstParameter))")
        }
        let arguments = node.nodes("args")
        let keywords = node.nodes("keywords")
        let unpacks = arguments.contains { $0.type == "Starred" } || keywords.contains { $0.string("arg") == nil }
        if function.type == "Attribute", let object = function.node("value"), let name = function.string("attr"),
            !unpacks, keywords.isEmpty, arguments.count <= 3, SwiftIdentifier.isMember(name)
        {
            // `x.name(a)`: the method is read (before the arguments, as in Python) and called without a bound
            // method object, and without an array of the arguments (`logging.method.info(item)` as well: a module's
            // function called with one value runs on it as it is).
            let receiverText = Self.parenthesised(try receiver(object))
            var parts: [String] = []
            for argument in arguments { parts.append(try expression(argument)) }
            if zip(arguments, parts).allSatisfy(Self.isUnobservable) {
                // Arguments whose evaluation nothing can observe (local names, constants): the read may come after
                // them, so read and call are one step (`try stream.callMethod("put", item)`).
                let nameText = SwiftIdentifier.stringLiteral(name)
                return Self.throwing("\(receiverText).callMethod(\(([nameText] + parts).joined(separator: ", ")))")
            }
            let method = Self.throwing("\(receiverText).method.\(Self.member(name))")
            return Self.throwing("\(method)(\(parts.joined(separator: ", ")))")
        }
        let callee = Self.parenthesised(try expression(function))
        if unpacks {
            var positional: [String] = []
            var pending: [String] = []
            for argument in arguments {
                if argument.type == "Starred", let value = argument.node("value") {
                    if !pending.isEmpty { positional.append("[" + pending.joined(separator: ", ") + "]") }
                    pending = []
                    positional.append("PyStar(\(try expression(value)))")
                } else {
                    pending.append(try expression(argument))
                }
            }
            if !pending.isEmpty || positional.isEmpty { positional.append("[" + pending.joined(separator: ", ") + "]") }
            var named: [String] = []
            var pendingNamed: [String] = []
            for keyword in keywords {
                guard let value = keyword.node("value") else { continue }
                if let label = keyword.string("arg") {
                    pendingNamed.append("(\(SwiftIdentifier.stringLiteral(label)), \(try expression(value)))")
                } else {
                    if !pendingNamed.isEmpty { named.append("[" + pendingNamed.joined(separator: ", ") + "]") }
                    pendingNamed = []
                    named.append("PyStarStar(\(try expression(value)))")
                }
            }
            if !pendingNamed.isEmpty || named.isEmpty { named.append("[" + pendingNamed.joined(separator: ", ") + "]") }
            return Self.throwing(
                "\(callee).call(\(positional.joined(separator: " + ")), kwargs: \(named.joined(separator: " + ")))")
        }
        var parts: [String] = []
        for argument in arguments { parts.append(try expression(argument)) }
        for keyword in keywords {
            guard let label = keyword.string("arg"), let value = keyword.node("value") else { continue }
            let swiftLabel = ["inout", "var", "let"].contains(label) ? "`\(label)`" : label
            parts.append("\(swiftLabel): \(try expression(value))")
        }
        return Self.throwing("\(callee)(\(parts.joined(separator: ", ")))")
    }

    /// Whether evaluating an argument (`node`, emitted as `text`) can be observed by anything: not for a constant or a
    /// name read without a shared access (a local, a builtin), which neither throws nor lets another thread run.
    static func isUnobservable(_ node: PythonNode, _ text: String) -> Bool {
        (node.type == "Constant" || node.type == "Name") && !canThrow(text)
    }

    /// The index of a subscript: an expression, or `PyObject.slice(start, stop, step)`.
    mutating func subscriptIndex(_ node: PythonNode) throws(UnsupportedConstruct) -> String {
        guard node.type == "Slice" else { return try expression(node) }
        var parts: [String] = []
        for field in ["lower", "upper", "step"] {
            parts.append(
                try node.node(field).map { node throws(UnsupportedConstruct) in try expression(node) }
                    ?? "PyObject.None")
        }
        return "PyObject.slice(\(parts.joined(separator: ", ")))"
    }

    /// An f-string: `PyObject.fstring(["worker ", n, " done"])`, each piece's `str` joined; `{x!r}` is
    /// `py.repr(x)`, `{x:>3}` `py.format(x, ">3")`.
    mutating func formattedString(_ node: PythonNode) throws(UnsupportedConstruct) -> String {
        var pieces: [String] = []
        for part in node.nodes("values") {
            if part.type == "Constant", case .constant(_, let literal)? = part.fields["value"] {
                pieces.append(SwiftIdentifier.stringLiteral(literal))
                continue
            }
            guard part.type == "FormattedValue", let value = part.node("value") else { throw Self.unsupported(part) }
            var inner = try expression(value)
            switch part.int("conversion") ?? -1 {
            case 114: inner = "py.repr(\(inner))"  // !r
            case 115: inner = "py.str(\(inner))"  // !s
            case -1: break
            default: throw UnsupportedConstruct(line: node.line, construct: "the f-string conversion !a")
            }
            if let format = part.node("format_spec") {
                var spec: [String] = []
                for piece in format.nodes("values") {
                    guard case .constant(_, let literal)? = piece.fields["value"] else {
                        throw UnsupportedConstruct(
                            line: node.line, construct: "a nested replacement field in a format spec")
                    }
                    spec.append(literal)
                }
                inner = "py.format(\(inner), \(SwiftIdentifier.stringLiteral(spec.joined())))"
            }
            pieces.append(inner)
        }
        return Self.throwing("PyObject.fstring([\(pieces.joined(separator: ", "))])")
    }

    mutating func lambda(_ node: PythonNode) throws(UnsupportedConstruct) -> String {
        guard let scope = scopes.scopes[PythonScopeBuilder.key(node)], let body = node.node("body") else {
            throw Self.unsupported(node)
        }
        let opening = try functionOpening(name: "<lambda>", arguments: node.node("args"))
        contexts.append(Context(scope: scope))
        defer { contexts.removeLast() }
        var statements: [String] = []
        for (index, name) in scope.parameters.enumerated() {
            statements.append("let \(SwiftIdentifier.local(name)) = arguments[\(index)]")
            context.declared.insert(name)
        }
        statements.append("return " + Self.tried(try expression(body)))
        return opening + " " + statements.joined(separator: "; ").filter { $0 != Self.throwsMark } + " }"
    }

    /// A comprehension, evaluated at once: `PyObject.list(try PyStar(xs).filter { x in … }.map { x in … })`.
    mutating func comprehension(_ node: PythonNode) throws(UnsupportedConstruct) -> String {
        let generators = node.nodes("generators")
        guard generators.count == 1, let generator = generators.first, let target = generator.node("target"),
            let iterable = generator.node("iter")
        else {
            throw UnsupportedConstruct(line: node.line, construct: "a comprehension with several 'for' clauses")
        }
        guard target.type == "Name", let name = target.string("id") else {
            throw UnsupportedConstruct(line: node.line, construct: "a comprehension unpacking its loop variable")
        }
        let swift = SwiftIdentifier.local(name)
        // The loop variable is the closures' parameter: a local of the comprehension.
        contexts.append(Context(scope: context.scope, classObject: context.classObject, methodOf: context.methodOf))
        let comprehensionScope = PythonScope(kind: .function, lines: node.line...node.endLine, parent: context.scope)
        comprehensionScope.parameters = [name]
        contexts[contexts.count - 1].scope = comprehensionScope
        defer { contexts.removeLast() }
        var text = "PyStar(\(try expression(iterable)))"
        for test in generator.nodes("ifs") {
            text += ".filter { \(swift) in \(Self.tried(try condition(test))) }"
        }
        switch node.type {
        case "DictComp":
            guard let key = node.node("key"), let value = node.node("value") else { throw Self.unsupported(node) }
            let pair = "(\(try expression(key)), \(try expression(value)))"
            text += ".map { \(swift) in \(Self.tried(pair)) }"
            return Self.throwing("PyObject.dict(\(text))")
        default:
            guard let element = node.node("elt") else { throw Self.unsupported(node) }
            let elementText = try expression(element)
            if elementText != swift { text += ".map { \(swift) in \(Self.tried(elementText)) }" }
            let kind = node.type == "SetComp" ? "set" : "list"
            return Self.throwing("PyObject.\(kind)(\(text))")
        }
    }
}
