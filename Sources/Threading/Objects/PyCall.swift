extension PyObject {
    /// `f(a, b, key=c)`: positional arguments have an empty label.
    @discardableResult
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, PyObject>) throws -> PyObject {
        var args: [PyObject] = []
        var kwargs: [(String, PyObject)] = []
        for (label, value) in arguments {
            if label.isEmpty {
                if !kwargs.isEmpty {
                    throw PyError.make(py.SyntaxError, "positional argument follows keyword argument")
                }
                args.append(value)
            } else {
                kwargs.append((label, value))
            }
        }
        return try call(args, kwargs: kwargs)
    }

    /// `f(a, b)`: a call with positional arguments only.
    @discardableResult
    public func dynamicallyCall(withArguments arguments: [PyObject]) throws -> PyObject {
        try call(arguments)
    }

    /// `f(*args, **kwargs)`: the call with `args` and `kwargs` given as arrays.
    @discardableResult
    public func call(_ args: [PyObject], kwargs: [(String, PyObject)] = []) throws -> PyObject {
        // The heap object matched from `storage` in place: `ref` would hand out a retained copy.
        if case .ref(let ref) = storage {
            switch ref {
            case let function as PyFunction: return try function.invoke(args, kwargs)
            case let builtin as PyBuiltin: return try builtin.invoke(args, kwargs)
            case let method as PyBoundMethod:
                switch method.function.ref {
                case let function as PyFunction: return try function.invoke(receiver: method.receiver, args, kwargs)
                case let builtin as PyBuiltin: return try builtin.invoke(receiver: method.receiver, args, kwargs)
                default: return try method.function.call([method.receiver] + args, kwargs: kwargs)
                }
            case let type as PyType: return try type.instantiate(args, kwargs)
            default: break
            }
        }
        if let method = pyType.lookup("__call__") {
            return try method.call([self] + args, kwargs: kwargs)
        }
        throw PyError.make(py.TypeError, "'\(typeName)' object is not callable")
    }

    /// `callable(x)`.
    var isCallable: Bool {
        switch ref {
        case is PyFunction, is PyBuiltin, is PyBoundMethod, is PyType: return true
        default: return pyType.lookup("__call__") != nil
        }
    }
}

extension PyType {
    /// `C(args…)`: `__new__` (the builtin base's `construct`), then `__init__` when the result is an instance of `C`.
    func instantiate(_ args: [PyObject], _ kwargs: [(String, PyObject)]) throws -> PyObject {
        if self === PyTypes.type, args.count == 1 { return PyObject(ref: args[0].pyType) }
        if let new = userOverride("__new__") {
            let object = try new.call([PyObject(ref: self)] + args, kwargs: kwargs)
            if object.pyType.isSubtype(of: self), let initialiser = lookup("__init__") {
                _ = try initialiser.call([object] + args, kwargs: kwargs)
            }
            return object
        }
        let object = try constructor(self, args, kwargs)
        guard object.ref is PyInstance, object.pyType === self || object.pyType.isSubtype(of: self) else {
            return object
        }
        if let initialiser = lookup("__init__") {
            let result = try initialiser.call([object] + args, kwargs: kwargs)
            if !result.isNone {
                throw PyError.make(py.TypeError, "__init__() should return None, not '\(result.typeName)'")
            }
        }
        return object
    }
}

/// `*xs` at a call: the items of any iterable, to splice into `call`'s arguments.
public func PyStar(_ iterable: PyObject) throws -> [PyObject] { try iterable.items() }

/// `**d` at a call: the pairs of a mapping, to splice into `call`'s keyword arguments (TypeError for a key that is
/// not a str, as CPython).
public func PyStarStar(_ mapping: PyObject) throws -> [(String, PyObject)] {
    guard let dict = mapping.ref as? PyDict else {
        throw PyError.make(py.TypeError, "argument after ** must be a mapping, not \(mapping.typeName)")
    }
    return try dict.snapshot().map { key, value in
        guard case .str(let name) = key.storage else { throw PyError.make(py.TypeError, "keywords must be strings") }
        return (name, value)
    }
}
