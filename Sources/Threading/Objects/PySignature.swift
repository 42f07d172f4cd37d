/// A Python parameter list and how a call's arguments bind to it, with CPython's TypeError messages.
///
/// Written as strings: `"a"`, `"b="` (takes the next of `defaults`), `"*args"`, `"*"` (what follows is keyword-only),
/// `"/"` (what precedes is positional-only), `"**kwargs"`.
struct PySignature: Sendable {
    enum Kind: Sendable { case positionalOnly, positional, varPositional, keywordOnly, varKeyword }

    struct Parameter: Sendable {
        let name: String
        let kind: Kind
        let defaultValue: PyObject?
    }

    let parameters: [Parameter]
    /// The binding plan, worked out once per signature: the positional parameters' indices, `*args` and `**kwargs`.
    private let positional: [Int]
    private let star: Int?
    private let starStar: Int?
    /// Every parameter is positional (no `*args`, `**kwargs` or keyword-only): a call with positional arguments only,
    /// as many as there are parameters, binds them as given.
    private let isPlain: Bool
    /// A call with positional arguments only binds without lookups: the positional parameters come first and every
    /// keyword-only parameter has a default.
    private let bindsPositionalDirectly: Bool
    /// How many positional arguments such a call needs at least (the parameters after them have defaults).
    private let requiredPositional: Int

    init(_ spec: [String], defaults: [PyObject] = []) {
        var parameters: [Parameter] = []
        var defaults = defaults[...]
        var keywordOnly = false
        for item in spec {
            if item == "*" {
                keywordOnly = true
            } else if item == "/" {
                parameters = parameters.map {
                    $0.kind == .positional
                        ? Parameter(name: $0.name, kind: .positionalOnly, defaultValue: $0.defaultValue) : $0
                }
            } else if item.hasPrefix("**") {
                parameters.append(Parameter(name: String(item.dropFirst(2)), kind: .varKeyword, defaultValue: nil))
            } else if item.hasPrefix("*") {
                parameters.append(Parameter(name: String(item.dropFirst()), kind: .varPositional, defaultValue: nil))
                keywordOnly = true
            } else {
                let hasDefault = item.hasSuffix("=")
                let name = hasDefault ? String(item.dropLast()) : item
                let value = hasDefault ? defaults.popFirst() ?? .None : nil
                parameters.append(
                    Parameter(name: name, kind: keywordOnly ? .keywordOnly : .positional, defaultValue: value))
            }
        }
        self.parameters = parameters
        positional = parameters.indices.filter {
            parameters[$0].kind == .positional || parameters[$0].kind == .positionalOnly
        }
        star = parameters.firstIndex { $0.kind == .varPositional }
        starStar = parameters.firstIndex { $0.kind == .varKeyword }
        isPlain = positional.count == parameters.count
        bindsPositionalDirectly =
            positional == Array(0..<positional.count)
            && parameters.allSatisfy { $0.kind != .keywordOnly || $0.defaultValue != nil }
        requiredPositional = (positional.lastIndex { parameters[$0].defaultValue == nil } ?? -1) + 1
    }

    /// The values of the parameters, in order (`*args` a tuple, `**kwargs` a dict), for a call of the function
    /// `displayName` (`worker`, `Job.__init__`) with `receiver` (a bound method's object, when there is one) before
    /// `args`.
    func bind(
        receiver: PyObject? = nil, _ args: [PyObject], _ kwargs: [(String, PyObject)],
        displayName: @autoclosure () -> String
    ) throws -> [PyObject] {
        let given = args.count + (receiver == nil ? 0 : 1)
        if kwargs.isEmpty, bindsPositionalDirectly, given >= requiredPositional, given - args.count <= positional.count,
            given <= positional.count || star != nil
        {
            if receiver == nil, isPlain, given == parameters.count { return args }
            return bindPositional(receiver, args, given: given)
        }
        if let receiver { return try bind([receiver] + args, kwargs, displayName: displayName()) }
        return try bindInGeneral(args, kwargs, displayName: displayName)
    }

    /// `bind` of a method call `receiver.name(a)` when every parameter is positional and `receiver` and `a` are
    /// enough and not too many for up to four: the values in one array; nil otherwise (`bind` then).
    func bindMethod(_ receiver: PyObject, _ a: PyObject) -> [PyObject]? {
        guard isPlain, requiredPositional <= 2 else { return nil }
        switch parameters.count {
        case 2: return [receiver, a]
        case 3: return [receiver, a, parameters[2].defaultValue!]
        case 4: return [receiver, a, parameters[2].defaultValue!, parameters[3].defaultValue!]
        default: return nil
        }
    }

    /// `bind` of positional arguments only, when `bindsPositionalDirectly` and they are enough and not too many.
    private func bindPositional(_ receiver: PyObject?, _ args: [PyObject], given: Int) -> [PyObject] {
        let count = positional.count
        if isPlain, count <= 4 {
            // Up to four parameters: an array literal, which optimised code allocates without looking up the
            // array's generic metadata at run time (as a computed capacity does).
            let first = receiver == nil ? 0 : 1
            func value(_ index: Int) -> PyObject {
                if index < first { return receiver! }
                return index - first < args.count ? args[index - first] : parameters[index].defaultValue!
            }
            switch count {
            case 1: return [value(0)]
            case 2: return [value(0), value(1)]
            case 3: return [value(0), value(1), value(2)]
            case 4: return [value(0), value(1), value(2), value(3)]
            default: return []
            }
        }
        if receiver == nil, star == count, parameters.count == count + 1, args.count == count, count <= 2 {
            // `f(msg)` of `f(msg, *args)`: the arguments and an empty `args`, as an array literal (see above).
            switch count {
            case 0: return [.tuple([])]
            case 1: return [args[0], .tuple([])]
            default: return [args[0], args[1], .tuple([])]
            }
        }
        let consumed = min(given, count) - (given - args.count)  // of `args`, by positional parameters
        return [PyObject](unsafeUninitializedCapacity: parameters.count) { buffer, initialized in
            var next = 0
            if let receiver {
                buffer.initializeElement(at: next, to: receiver)
                next += 1
            }
            for arg in args[..<consumed] {
                buffer.initializeElement(at: next, to: arg)
                next += 1
            }
            while next < count {
                buffer.initializeElement(at: next, to: parameters[next].defaultValue!)
                next += 1
            }
            while next < parameters.count {
                let value: PyObject
                switch parameters[next].kind {
                case .varPositional: value = .tuple(consumed < args.count ? Array(args[consumed...]) : [])
                case .varKeyword: value = PyObject(ref: PyDict())
                default: value = parameters[next].defaultValue!
                }
                buffer.initializeElement(at: next, to: value)
                next += 1
            }
            initialized = next
        }
    }

    /// `bind` with keywords, or with too few or too many arguments (CPython's TypeErrors). `displayName` is worked
    /// out only for an error, and the `**kwargs` dict made only for a signature that has one.
    private func bindInGeneral(
        _ args: [PyObject], _ kwargs: [(String, PyObject)], displayName displayNameText: () -> String
    ) throws -> [PyObject] {
        var displayName: String { displayNameText() }
        var values = [PyObject?](repeating: nil, count: parameters.count)
        for (index, arg) in args.enumerated() where index < positional.count { values[positional[index]] = arg }
        if args.count > positional.count {
            if let star {
                values[star] = .tuple(Array(args[positional.count...]))
            } else {
                throw tooMany(given: args.count, kwargs: kwargs, positional: positional, displayName: displayName)
            }
        } else if let star {
            values[star] = .tuple([])
        }
        let extra = starStar != nil ? PyDict() : nil
        for (name, value) in kwargs {
            if let index = parameters.firstIndex(where: {
                $0.name == name && ($0.kind == .positional || $0.kind == .keywordOnly)
            }) {
                if values[index] != nil {
                    throw PyError.make(py.TypeError, "\(displayName)() got multiple values for argument '\(name)'")
                }
                values[index] = value
            } else if let extra {
                try extra.store(PyObject(name), value)
            } else if parameters.contains(where: { $0.name == name && $0.kind == .positionalOnly }) {
                throw PyError.make(
                    py.TypeError,
                    "\(displayName)() got some positional-only arguments passed as keyword arguments: '\(name)'")
            } else {
                throw PyError.make(py.TypeError, "\(displayName)() got an unexpected keyword argument '\(name)'")
            }
        }
        if let starStar, let extra { values[starStar] = PyObject(ref: extra) }
        var missingPositional: [String] = []
        var missingKeyword: [String] = []
        for (index, parameter) in parameters.enumerated() where values[index] == nil {
            if let value = parameter.defaultValue {
                values[index] = value
            } else if parameter.kind == .keywordOnly {
                missingKeyword.append(parameter.name)
            } else {
                missingPositional.append(parameter.name)
            }
        }
        if !missingPositional.isEmpty {
            throw missing(missingPositional, kind: "positional", displayName: displayName)
        }
        if !missingKeyword.isEmpty {
            throw missing(missingKeyword, kind: "keyword-only", displayName: displayName)
        }
        return values.map { $0! }
    }

    private func missing(_ names: [String], kind: String, displayName: String) -> PyError {
        let quoted = names.map { "'\($0)'" }
        let list: String
        switch quoted.count {
        case 1: list = quoted[0]
        case 2: list = "\(quoted[0]) and \(quoted[1])"
        default: list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
        }
        let noun = names.count == 1 ? "argument" : "arguments"
        return PyError.make(
            py.TypeError, "\(displayName)() missing \(names.count) required \(kind) \(noun): \(list)")
    }

    private func tooMany(
        given: Int, kwargs: [(String, PyObject)], positional: [Int], displayName: String
    ) -> PyError {
        let required = positional.filter { parameters[$0].defaultValue == nil }.count
        let takes =
            required == positional.count
            ? "\(positional.count) positional argument\(positional.count == 1 ? "" : "s")"
            : "from \(required) to \(positional.count) positional arguments"
        let keywordOnlyGiven = kwargs.filter { name, _ in
            parameters.contains { $0.name == name && $0.kind == .keywordOnly }
        }.count
        let givenText =
            keywordOnlyGiven > 0
            ? "\(given) positional argument\(given == 1 ? "" : "s") (and \(keywordOnlyGiven) keyword-only argument\(keywordOnlyGiven == 1 ? "" : "s")) were given"
            : "\(given) \(given == 1 ? "was" : "were") given"
        return PyError.make(py.TypeError, "\(displayName)() takes \(takes) but \(givenText)")
    }
}
