/// The builtin classes, made once per process (they hold no per-run state; classes made by `pyclass` are per run).
enum PyTypes {
    static let object: PyType = {
        let type = PyType(builtin: "object", base: nil)
        type.construct = { cls, args, kwargs in
            let instance = PyObject(ref: cls.makesLocal ? PyLocalInstance(cls: cls) : PyInstance(cls: cls))
            if cls.isBuiltin, !(args.isEmpty && kwargs.isEmpty) {
                throw PyError.make(py.TypeError, "\(cls.name)() takes no arguments")
            }
            return instance
        }
        type.method("__init__", ["*args", "**kwargs"]) { a in
            if try a[1].length() > 0 || a[2].length() > 0,
                a[0].pyType.lookup("__init__").map({ $0.ref is PyBuiltin }) ?? true
            {
                throw PyError.make(
                    py.TypeError, "\(a[0].typeName).__init__() takes exactly one argument (the instance to initialize)")
            }
            return .None
        }
        type.method("__repr__") { a in PyObject(defaultRepr(a[0])) }
        type.method("__str__") { a in PyObject(try pyRepr(a[0])) }
        type.method("__eq__", ["other"]) { a in a[0].is(a[1]) ? true : PyObject.NotImplemented }
        type.method("__ne__", ["other"]) { a in
            let equal = try a[0].callSpecial("__eq__", [a[1]])
            if equal.is(.NotImplemented) { return equal }
            return PyObject(!(try equal.isTrue))
        }
        type.method("__hash__") { a in
            PyObject(Int(bitPattern: UInt(bitPattern: ObjectIdentifier(a[0].ref!).hashValue)))
        }
        type.method("__setattr__", ["name", "value"]) { a in
            try genericSetAttribute(a[0], try a[1].asString(), a[2])
            return .None
        }
        type.method("__getattribute__", ["name"]) { a in try genericGetAttribute(a[0], try a[1].asString()) }
        type.method("__init_subclass__") { _ in .None }
        return type
    }()

    static let type: PyType = {
        let type = PyType(builtin: "type", base: object)
        type.construct = { cls, args, _ in
            guard args.count == 1 else {
                throw PyError.make(py.TypeError, "type() takes 1 or 3 arguments")
            }
            return PyObject(ref: args[0].pyType)
        }
        type.method("__repr__") { a in
            let cls = a[0].asType!
            return PyObject("<class '\(cls.qualified(withMain: true))'>")
        }
        return type
    }()

    static let NoneType: PyType = {
        let type = PyType(builtin: "NoneType", base: object)
        type.method("__repr__") { _ in "None" }
        return type
    }()

    static let NotImplementedType = PyType(builtin: "NotImplementedType", base: object)
    static let function: PyType = {
        let type = PyType(builtin: "function", base: object)
        func function(_ object: PyObject) -> PyFunction { object.ref as! PyFunction }
        func stored(_ object: PyObject, _ name: String) -> PyObject? { PyLock.withLock { function(object).dict[name] } }
        type.property(
            "__name__", get: { function($0).nameAttribute },
            set: { object, value in
                PyLock.withLock { function(object).dict["__name__"] = value }
            })
        type.property(
            "__qualname__", get: { PyObject(function($0).qualname) },
            set: { object, value in
                function(object).qualname = try value.asString()
            })
        type.getter("__module__") { PyObject(function($0).module) }
        type.getter("__doc__") { stored($0, "__doc__") ?? .None }
        return type
    }()
    static let builtinFunction: PyType = {
        let type = PyType(builtin: "builtin_function_or_method", base: object)
        type.getter("__name__") { object in
            if let method = object.ref as? PyBoundMethod { return try method.function.attribute("__name__") }
            return PyObject((object.ref as! PyBuiltin).name)
        }
        type.method("__eq__", ["other"]) { a in boundMethodsEqual(a[0], a[1]) }
        return type
    }()
    static let methodDescriptor: PyType = {
        let type = PyType(builtin: "method_descriptor", base: object)
        type.getter("__name__") { PyObject(($0.ref as! PyBuiltin).name) }
        return type
    }()
    static let method: PyType = {
        let type = PyType(builtin: "method", base: object)
        type.getter("__self__") { ($0.ref as! PyBoundMethod).receiver }
        type.getter("__func__") { ($0.ref as! PyBoundMethod).function }
        type.getter("__name__") { try ($0.ref as! PyBoundMethod).function.attribute("__name__") }
        type.method("__eq__", ["other"]) { a in boundMethodsEqual(a[0], a[1]) }
        return type
    }()
    static let property: PyType = {
        let type = PyType(builtin: "property", base: object)
        type.construct = { _, args, kwargs in
            let getter = args.first ?? kwargs.first { $0.0 == "fget" }?.1
            let setter = args.count > 1 ? args[1] : kwargs.first { $0.0 == "fset" }?.1
            return PyObject(ref: PyProperty(getter: getter, setter: setter))
        }
        type.method("setter", ["fset"]) { a in
            let old = a[0].ref as! PyProperty
            return PyObject(ref: PyProperty(getter: old.getter, setter: a[1]))
        }
        type.method("getter", ["fget"]) { a in
            let old = a[0].ref as! PyProperty
            return PyObject(ref: PyProperty(getter: a[1], setter: old.setter))
        }
        return type
    }()
    static let staticmethod: PyType = {
        let type = PyType(builtin: "staticmethod", base: object)
        type.construct = { _, args, _ in PyObject(ref: PyStaticMethod(args.first ?? .None)) }
        return type
    }()
    static let classmethod: PyType = {
        let type = PyType(builtin: "classmethod", base: object)
        type.construct = { _, args, _ in PyObject(ref: PyClassMethod(args.first ?? .None)) }
        return type
    }()
}

extension PyObject {
    /// Python's `NotImplemented`, what a binary dunder returns to let the other operand try.
    public static let NotImplemented = PyObject(ref: PyNotImplemented())
}

private final class PyNotImplemented: PyRef, @unchecked Sendable {
    override class var isNumbered: Bool { false }
    override var pyType: PyType { PyTypes.NotImplementedType }
}

/// `object.__repr__`: `<__main__.Job object at 0x7f0000001000>`.
func defaultRepr(_ object: PyObject) -> String {
    guard let ref = object.ref else { return "<object>" }
    return "<\(object.pyType.qualified(withMain: true)) object at \(pythonAddress(of: ref))>"
}
