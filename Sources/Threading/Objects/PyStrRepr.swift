/// Python's `str(x)`: the text of a str, `__str__` of anything else (which defaults to `__repr__`).
func pyStr(_ object: PyObject) throws -> String {
    switch object.storage {
    case .str(let text): return text
    case .none, .bool, .int, .float: return try pyRepr(object)
    case .ref(let ref):
        if ref is PyList || ref is PyTuple || ref is PyDict || ref is PySet { return try pyRepr(object) }
        guard let method = object.dunder("__str__") else { return try pyRepr(object) }
        return try resultString(method.call([object]), "__str__")
    }
}

/// Python's `repr(x)`.
func pyRepr(_ object: PyObject) throws -> String {
    switch object.storage {
    case .none: return "None"
    case .bool(let value): return value ? "True" : "False"
    case .int(let value): return String(value)
    case .float(let value): return pythonFloat(value)
    case .str(let text): return pythonQuoted(text)
    case .ref(let ref):
        switch ref {
        case let list as PyList:
            return try PyReprGuard.guarded(ref, "[...]") {
                "[" + (try list.snapshot().map(pyRepr).joined(separator: ", ")) + "]"
            }
        case let tuple as PyTuple:
            return try PyReprGuard.guarded(ref, "(...)") {
                let items = try tuple.items.map(pyRepr)
                return items.count == 1 ? "(\(items[0]),)" : "(" + items.joined(separator: ", ") + ")"
            }
        case let dict as PyDict:
            return try PyReprGuard.guarded(ref, "{...}") {
                "{" + (try dict.snapshot().map { "\(try pyRepr($0.0)): \(try pyRepr($0.1))" }.joined(separator: ", "))
                    + "}"
            }
        case let set as PySet:
            let items = try set.snapshot().map(pyRepr)
            if set.frozen {
                return items.isEmpty ? "frozenset()" : "frozenset({" + items.joined(separator: ", ") + "})"
            }
            return items.isEmpty ? "set()" : "{" + items.joined(separator: ", ") + "}"
        case let function as PyFunction:
            return "<function \(function.qualname) at \(pythonAddress(of: function))>"
        case let builtin as PyBuiltin:
            if builtin.isMethod { return "<method '\(builtin.name)' of '\(builtin.owner ?? "object")' objects>" }
            return "<built-in function \(builtin.name)>"
        case let method as PyBoundMethod:
            if let builtin = method.function.ref as? PyBuiltin {
                return
                    "<built-in method \(builtin.name) of \(method.receiver.typeName) object at \(pythonAddress(of: method.receiver.ref ?? method))>"
            }
            let name = (method.function.ref as? PyFunction)?.qualname ?? "?"
            return "<bound method \(name) of \(try pyRepr(method.receiver))>"
        default:
            guard let method = object.dunder("__repr__") else { return defaultRepr(object) }
            return try resultString(method.call([object]), "__repr__")
        }
    }
}

private func resultString(_ result: PyObject, _ method: String) throws -> String {
    guard case .str(let text) = result.storage else {
        throw PyError.make(py.TypeError, "\(method) returned non-string (type \(result.typeName))")
    }
    return text
}

/// Containers that hold themselves print `[...]` there, as CPython's `Py_ReprEnter`; per thread.
enum PyReprGuard {
    private final class Active: @unchecked Sendable { var refs: Set<ObjectIdentifier> = [] }
    private static let key = ActiveKey()
    private final class ActiveKey: Sendable {}

    static func guarded<R>(_ ref: PyRef, _ placeholder: R, _ body: () throws -> R) rethrows -> R {
        let core = Context.current
        let id = ObjectIdentifier(key)
        let active =
            (core.locals[id]?[""] as? Active)
            ?? {
                let made = Active()
                core.locals[id, default: [:]][""] = made
                return made
            }()
        if active.refs.contains(ObjectIdentifier(ref)) { return placeholder }
        active.refs.insert(ObjectIdentifier(ref))
        defer { active.refs.remove(ObjectIdentifier(ref)) }
        return try body()
    }
}

extension PyObject: PythonStringConvertible, CustomStringConvertible, CustomDebugStringConvertible {
    /// `str(x)` (a failing `__str__` gives its error's line instead).
    public var pythonStr: String { (try? pyStr(self)) ?? "<str() failed>" }
    /// `repr(x)`.
    public var pythonRepr: String { (try? pyRepr(self)) ?? "<repr() failed>" }
    public var description: String { pythonStr }
    public var debugDescription: String { pythonRepr }
}
