extension PyType {
    /// A builtin class whose instances wrap a Threading object of type `T` (made by `make` from the constructor's
    /// bound arguments).
    static func native<T: AnyObject>(
        _ name: String, module: String, wrapping: T.Type, params: [String] = [], defaults: [PyObject] = [],
        make: @escaping ([PyObject]) throws -> T
    ) -> PyType {
        let type = PyType(builtin: name, module: module, base: PyTypes.object)
        let signature = PySignature(params, defaults: defaults)
        type.construct = { cls, args, kwargs in
            let values = try signature.bind(args, kwargs, displayName: name)
            do {
                return PyObject(ref: PyInstance(cls: cls, native: try make(values)))
            } catch {
                throw PyError(bridging: error)
            }
        }
        // The constructor took the arguments; `__init__` has nothing left to do (subclasses may override it).
        type.method("__init__", ["*args", "**kwargs"]) { _ in .None }
        return type
    }
}

extension PyObject {
    /// The wrapped Threading object of a native instance (TypeError naming the method otherwise).
    func wrapped<T: AnyObject>(_ type: T.Type, for method: String) throws -> T {
        guard case .ref(let ref) = storage, let instance = ref as? PyInstance, let value = instance.native as? T else {
            throw PyError.make(
                py.TypeError,
                "descriptor '\(method)' requires a '\(String(describing: T.self))' object but received a '\(typeName)'")
        }
        return value
    }

    /// A timeout argument: nil for None, seconds otherwise.
    func asTimeout() throws -> Double? { isNone ? nil : try asDouble() }
}
