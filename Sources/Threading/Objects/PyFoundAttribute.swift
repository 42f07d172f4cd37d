/// What an attribute read finds: a value, or a function of the object's class with the object it was read from (what
/// Python binds into a method object when the read is not called at once). A method keeps its function as the class it
/// is (`PyBuiltin` or `PyFunction`), found once by the read: calling it dispatches on the case, without casting the
/// function again or copying it out of a `PyObject`.
enum PyFoundAttribute {
    case value(PyObject)
    /// A builtin method (`Queue.get`, `Thread.start`) of the receiver's class.
    case builtinMethod(PyBuiltin, receiver: PyObject)
    /// A function defined in a class (`def` in a `class` body) of the receiver's class.
    case functionMethod(PyFunction, receiver: PyObject)

    /// `function`, an attribute of `object`'s class read through `object`, as a method of `object` when it is a `def`
    /// or a builtin method; nil for anything else (a static or class method, a builtin function, any other value),
    /// which `bind` turns into what the read gives.
    static func method(_ function: PyObject, of object: PyObject) -> PyFoundAttribute? {
        guard case .ref(let ref) = function.storage else { return nil }
        switch ref {
        case let function as PyFunction: return .functionMethod(function, receiver: object)
        case let builtin as PyBuiltin where builtin.isMethod: return .builtinMethod(builtin, receiver: object)
        default: return nil
        }
    }

    /// The attribute's value: a function found on the class bound to the object (`obj.method` as a value).
    var value: PyObject {
        switch self {
        case .value(let value): return value
        case .builtinMethod(let builtin, let receiver):
            return PyObject(ref: PyBoundMethod(function: PyObject(ref: builtin), receiver: receiver))
        case .functionMethod(let function, let receiver):
            return PyObject(ref: PyBoundMethod(function: PyObject(ref: function), receiver: receiver))
        }
    }

    /// `call([], [])`: a builtin method runs on its object alone.
    func call() throws -> PyObject {
        if case .builtinMethod(let builtin, let receiver) = self { return try builtin.invoke(receiver: receiver) }
        return try call([], [])
    }

    /// `call([a], [])`: a builtin method binds its object and `a` in one array; a builtin function of a module
    /// (`logging.info(msg)`, `time.sleep(secs)`) with a quick body for one value runs it on `a` with no array.
    func call(_ a: PyObject) throws -> PyObject {
        switch self {
        case .builtinMethod(let builtin, let receiver): return try builtin.invoke(receiver: receiver, a)
        case .value(let value):
            if case .ref(let ref) = value.storage, let builtin = ref as? PyBuiltin, !builtin.isMethod {
                return try builtin.invoke(a)
            }
            return try value.call([a], kwargs: [])
        case .functionMethod: return try call([a], [])
        }
    }

    /// Calls what was found: a method with its object first (no bound method is made), a value as it is.
    func call(_ args: [PyObject], _ kwargs: [(String, PyObject)]) throws -> PyObject {
        switch self {
        case .value(let value): return try value.call(args, kwargs: kwargs)
        case .builtinMethod(let builtin, let receiver): return try builtin.invoke(receiver: receiver, args, kwargs)
        case .functionMethod(let function, let receiver): return try function.invoke(receiver: receiver, args, kwargs)
        }
    }
}
