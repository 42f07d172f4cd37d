/// What an attribute read finds: a value, or a function of the object's class with the object it was read from (what
/// Python binds into a method object when the read is not called at once).
enum PyFoundAttribute {
    case value(PyObject)
    case method(function: PyObject, receiver: PyObject)

    /// The attribute's value: a function found on the class bound to the object (`obj.method` as a value).
    var value: PyObject {
        switch self {
        case .value(let value): return value
        case .method(let function, let receiver):
            return PyObject(ref: PyBoundMethod(function: function, receiver: receiver))
        }
    }

    /// `call([], [])`: a builtin method runs on its object alone.
    func call() throws -> PyObject {
        if case .method(let function, let receiver) = self, case .ref(let ref) = function.storage,
            let builtin = ref as? PyBuiltin
        {
            return try builtin.invoke(receiver: receiver)
        }
        return try call([], [])
    }

    /// `call([a], [])`: a builtin method binds its object and `a` in one array.
    func call(_ a: PyObject) throws -> PyObject {
        if case .method(let function, let receiver) = self, case .ref(let ref) = function.storage,
            let builtin = ref as? PyBuiltin
        {
            return try builtin.invoke(receiver: receiver, a)
        }
        return try call([a], [])
    }

    /// Calls what was found: a method with its object first (no bound method is made), a value as it is.
    func call(_ args: [PyObject], _ kwargs: [(String, PyObject)]) throws -> PyObject {
        switch self {
        case .value(let value): return try value.call(args, kwargs: kwargs)
        case .method(let function, let receiver):
            guard case .ref(let ref) = function.storage else {
                return try function.call([receiver] + args, kwargs: kwargs)
            }
            switch ref {
            case let builtin as PyBuiltin: return try builtin.invoke(receiver: receiver, args, kwargs)
            case let function as PyFunction: return try function.invoke(receiver: receiver, args, kwargs)
            default: return try function.call([receiver] + args, kwargs: kwargs)
            }
        }
    }
}
