/// An attribute name in an assignment `x.name = v` (the spelling Swift routes assignments through; reads take the
/// throwing `String` subscript).
public struct PyAttributeName: ExpressibleByStringLiteral, Sendable {
    let text: String
    public init(stringLiteral value: String) { text = value }
}

extension PyObject {
    /// `x.name`: Python's attribute read (AttributeError, or NameError for an unbound global, as CPython words it).
    public subscript(dynamicMember name: PyName) -> PyObject {
        get throws { try attributeFound(name).value }
    }

    /// `x.name = v`: Python's attribute assignment. A Swift setter cannot throw: when Python would raise here, the
    /// error is raised at the next `at(N)` marker or when the running function returns.
    @_disfavoredOverload
    public subscript(dynamicMember name: PyAttributeName) -> PyObject {
        get {
            do { return try attributeFound(PyName(name.text)).value } catch {
                PyFrames.current.keep(PyError(bridging: error))
                return .None
            }
        }
        nonmutating set {
            do { try setAttribute(name.text, newValue) } catch { PyFrames.current.keep(PyError(bridging: error)) }
        }
    }

    /// `getattr(x, name)`.
    public func attribute(_ name: String) throws -> PyObject {
        try attributeFound(PyName(name)).value
    }

    /// What `x.name` finds, the way CPython's attribute read finds it (a `super()` proxy, a class's own
    /// `__getattribute__`, `object.__getattribute__`, then `__getattr__` after an AttributeError), with a function
    /// found on the class left unbound: `x.name(…)` calls it with `x` first, without making a bound method.
    func attributeFound(_ name: PyName) throws -> PyFoundAttribute {
        switch try calledAttribute(name) {
        case .builtinMethod(let builtin): return .builtinMethod(builtin, receiver: self)
        case .found(let found): return found
        }
    }

    /// `attributeFound(name)` for a call at once (`x.callMethod("name", …)`): a builtin method of a builtin class comes
    /// without its receiver, which the caller passes as it is (no copy of it to retain and release).
    func calledAttribute(_ name: PyName) throws -> PyCalledAttribute {
        if case .ref(let ref) = storage {
            if let instance = ref as? PyInstance {
                if instance.cls.isBuiltin, let read = instance.builtinMethodRead(name) {
                    switch read {
                    case .method(let builtin): return .builtinMethod(builtin)
                    case .shadowed(let value): return .found(.value(value))
                    }
                }
            } else if let module = ref as? PyModule, name != PyName.dunderClass {
                // What the steps below come to for a module (`logging.info`): its class is builtin, has no
                // `__getattr__` and no data descriptor but `__class__`, so the read is the global's.
                return .found(.value(try module.get(name)))
            }
        }
        let type = pyType
        if type === PyTypes.superType, let proxy = ref as? PySuper {
            return .found(.value(try proxy.attribute(name.text)))
        }
        if !type.isBuiltin, let hook = type.userOverride("__getattribute__") {
            return .found(.value(try hook.call([self, PyObject(name.text)])))
        }
        do {
            return .found(try genericFindAttribute(self, name, type: type))
        } catch let error as PyError where error.matches(py.AttributeError) {
            guard let hook = type.lookup("__getattr__"), !(self.ref is PyType) else { throw error }
            return .found(.value(try hook.call([self, PyObject(name.text)])))
        }
    }

    /// `setattr(x, name, value)`.
    public func setAttribute(_ name: String, _ value: PyObject) throws {
        if let hook = pyType.userOverride("__setattr__") {
            _ = try hook.call([self, PyObject(name), value])
            return
        }
        try genericSetAttribute(self, name, value)
    }

    /// `delattr(x, name)`.
    public func deleteAttribute(_ name: String) throws {
        if let module = ref as? PyModule {
            try module.delete(name)
            return
        }
        guard let ref, let dict = ref.attributes else {
            throw PyError.make(py.AttributeError, "'\(typeName)' object has no attribute '\(name)'")
        }
        PyAccess.writeAttribute(name, of: ref)
        let removed = PyLock.withLock { () -> PyObject? in
            let old = dict[name]
            dict[name] = nil
            return old
        }
        if removed == nil {
            throw PyError.make(py.AttributeError, "'\(typeName)' object has no attribute '\(name)'")
        }
    }

    /// Calls the method `name` found on the value's class (not its instance dict), as Python calls dunders.
    func callSpecial(_ name: String, _ args: [PyObject]) throws -> PyObject {
        guard let method = pyType.lookup(name) else {
            throw PyError.make(py.AttributeError, "'\(typeName)' object has no attribute '\(name)'")
        }
        return try method.call([self] + args)
    }

    /// The dunder `name` of the value's class, when the class defines one (nil otherwise).
    func dunder(_ name: String) -> PyObject? { pyType.lookup(name) }
}

extension PyType {
    /// `name` as a class made by `pyclass` along the MRO overrides it (nil when only builtins define it).
    func userOverride(_ name: PyName) -> PyObject? {
        if isBuiltin { return nil }
        return alongMRO { type in
            if type.isBuiltin { return nil }
            PyAccess.read(type)
            return PyLock.withLock { type.dict[name] }
        }
    }
}

/// What `object.__getattribute__` does: data descriptors of the class, then the instance dict, then the class
/// attribute (functions bound to the instance).
func genericGetAttribute(_ object: PyObject, _ name: String) throws -> PyObject {
    try genericFindAttribute(object, PyName(name), type: object.pyType).value
}

/// `genericGetAttribute`, with a function found on the class left unbound (`PyFoundAttribute.method`); `type` is
/// `object.pyType`.
func genericFindAttribute(_ object: PyObject, _ name: PyName, type: PyType) throws -> PyFoundAttribute {
    if name == PyName.dunderClass { return .value(PyObject(ref: type)) }
    if type === PyTypes.module, let module = object.ref as? PyModule { return .value(try module.get(name)) }
    if let type = object.asType { return .value(try typeAttribute(type, name.text)) }
    let classAttribute = type.lookup(name)
    if let property = classAttribute?.ref as? PyProperty {
        guard let getter = property.getter else {
            throw PyError.make(py.AttributeError, "property '\(name)' of '\(type.name)' object has no getter")
        }
        return .value(try getter.call([object]))
    }
    if let ref = object.ref, let dict = ref.attributes {
        if name == PyName.dunderDict {
            PyAccess.readAllAttributes(of: ref)
            return .value(try dictOfAttributes(dict))
        }
        PyAccess.readAttribute(name.text, of: ref)
        if dict.hasNames, let value = PyLock.withLock({ dict[name] }) { return .value(value) }
    }
    if let classAttribute {
        return PyFoundAttribute.method(classAttribute, of: object)
            ?? .value(bind(classAttribute, to: object, type: type))
    }
    throw PyError.noAttribute(object, name.text, "'\(type.name)' object has no attribute '\(name)'")
}

extension PyName {
    static let dunderClass: PyName = "__class__"
    static let dunderDict: PyName = "__dict__"
}

/// What `object.__setattr__` does: a property's setter, else the instance dict.
func genericSetAttribute(_ object: PyObject, _ name: String, _ value: PyObject) throws {
    if let type = object.asType {
        try setTypeAttribute(type, name, value)
        return
    }
    if let module = object.ref as? PyModule {
        module.set(name, value)
        return
    }
    let type = object.pyType
    if let property = type.lookup(name)?.ref as? PyProperty {
        guard let setter = property.setter else {
            if property.builtinName != nil {
                throw PyError.make(
                    py.AttributeError, "attribute '\(name)' of '\(type.name)' objects is not writable")
            }
            throw PyError.make(py.AttributeError, "property '\(name)' of '\(type.name)' object has no setter")
        }
        _ = try setter.call([object, value])
        return
    }
    guard let ref = object.ref, let dict = ref.attributes else {
        throw PyError.make(py.AttributeError, "'\(type.name)' object has no attribute '\(name)'")
    }
    PyAccess.writeAttribute(name, of: ref)
    PyLock.withLock { dict[name] = value }
}

/// A class attribute read through an instance: functions become bound methods.
func bind(_ attribute: PyObject, to object: PyObject, type: PyType) -> PyObject {
    switch attribute.ref {
    case is PyFunction: return PyObject(ref: PyBoundMethod(function: attribute, receiver: object))
    case let builtin as PyBuiltin where builtin.isMethod:
        return PyObject(ref: PyBoundMethod(function: attribute, receiver: object))
    case let method as PyStaticMethod: return method.function
    case let method as PyClassMethod:
        return PyObject(ref: PyBoundMethod(function: method.function, receiver: PyObject(ref: type)))
    default: return attribute
    }
}

/// `C.name` for a class `C`.
private func typeAttribute(_ type: PyType, _ name: String) throws -> PyObject {
    switch name {
    case "__name__": return PyObject(type.name)
    case "__qualname__": return PyObject(type.qualname)
    case "__module__": return PyObject(type.module)
    case "__mro__": return .tuple(type.mro.map { PyObject(ref: $0) })
    case "__bases__": return .tuple(type.bases.map { PyObject(ref: $0) })
    case "__dict__": return try dictOfAttributes(type.dict)
    case "__doc__": if type.lookup("__doc__") == nil { return .None }
    default: break
    }
    if let value = type.lookup(name) {
        switch value.ref {
        case let method as PyStaticMethod: return method.function
        case let method as PyClassMethod:
            return PyObject(ref: PyBoundMethod(function: method.function, receiver: PyObject(ref: type)))
        default: return value
        }
    }
    if let value = PyTypes.type.lookup(name), !(value.ref is PyProperty) {
        return bind(value, to: PyObject(ref: type), type: PyTypes.type)
    }
    throw PyError.make(py.AttributeError, "type object '\(type.name)' has no attribute '\(name)'")
}

/// `C.name = value` for a class `C`.
private func setTypeAttribute(_ type: PyType, _ name: String, _ value: PyObject) throws {
    if type.isBuiltin {
        throw PyError.make(
            py.TypeError, "cannot set '\(name)' attribute of immutable type '\(type.qualified(withMain: true))'")
    }
    if let function = value.ref as? PyFunction, function.qualname == function.name {
        function.qualname = type.qualname + "." + function.name
    }
    PyAccess.write(type)
    PyLock.withLock { type.dict[name] = value }
}

/// A dict copy of an attribute dictionary (`vars(x)`, `x.__dict__`).
private func dictOfAttributes(_ attributes: PyAttributes) throws -> PyObject {
    let pairs = PyLock.withLock { attributes.names.map { (PyObject($0), attributes[$0]!) } }
    return try PyObject.dict(pairs)
}
