/// Defines a Python class: `g.Job = try pyclass("Job", bases: []) { Job in Job.__init__ = def(…) {…} }`.
///
/// The body runs once with the new class object (so methods can name it, e.g. `py.super(Job, self)`); it sets the
/// class attributes and methods. `bases` empty means `object`. A class that defines `__eq__` without `__hash__`
/// becomes unhashable, as in Python.
public func pyclass(_ name: String, bases: [PyObject], _ body: (PyObject) throws -> Void) throws -> PyObject {
    var types: [PyType] = []
    for base in bases {
        guard let type = base.asType else {
            throw PyError.make(py.TypeError, "bases must be types")
        }
        types.append(type)
    }
    if types.isEmpty { types = [PyTypes.object] }
    let module = PyFrames.current.top?.source?.module ?? "__main__"
    let cls = try PyType(name: name, module: module, bases: types, isBuiltin: false)
    Context.world.adoptClass(cls)
    let object = PyObject(ref: cls)
    try body(object)
    let defines = PyLock.withLock { (eq: cls.dict["__eq__"] != nil, hash: cls.dict["__hash__"] != nil) }
    if defines.eq && !defines.hash { PyLock.withLock { cls.dict["__hash__"] = .None } }
    for base in types {
        if let hook = base.lookup("__init_subclass__"), !(hook.ref is PyBuiltin) {
            _ = try hook.call([object])
        }
    }
    return object
}

/// `super(C, obj)`: attribute lookups start after `C` in `obj`'s class MRO, bound to `obj`.
final class PySuper: PyRef, @unchecked Sendable {
    let start: PyType
    let receiver: PyObject

    init(start: PyType, receiver: PyObject) {
        self.start = start
        self.receiver = receiver
    }

    override var pyType: PyType { PyTypes.superType }

    func attribute(_ name: String) throws -> PyObject {
        let receiverType = receiver.asType ?? receiver.pyType
        let mro = receiverType.mro
        if let position = mro.firstIndex(where: { $0 === start }) {
            for type in mro[(position + 1)...] {
                if !type.isBuiltin { PyAccess.read(type) }
                guard let value = PyLock.withLock({ type.dict[name] }) else { continue }
                if let property = value.ref as? PyProperty, let getter = property.getter, receiver.asType == nil {
                    return try getter.call([receiver])
                }
                if receiver.asType != nil {
                    if let method = value.ref as? PyClassMethod {
                        return PyObject(ref: PyBoundMethod(function: method.function, receiver: receiver))
                    }
                    if let method = value.ref as? PyStaticMethod { return method.function }
                    if name == "__new__" { return value }
                    return value
                }
                return bind(value, to: receiver, type: receiverType)
            }
        }
        throw PyError.make(py.AttributeError, "'super' object has no attribute '\(name)'")
    }
}

extension PyTypes {
    static let superType: PyType = {
        let type = PyType(builtin: "super", base: object)
        type.construct = { _, args, _ in
            guard args.count == 2, let start = args[0].asType else {
                throw PyError.make(
                    py.RuntimeError, "super(): docgen's translations pass the class and the instance: super(C, self)")
            }
            let receiverType = args[1].asType ?? args[1].pyType
            guard receiverType.isSubtype(of: start) else {
                throw PyError.make(py.TypeError, "super(type, obj): obj must be an instance or subtype of type")
            }
            return PyObject(ref: PySuper(start: start, receiver: args[1]))
        }
        return type
    }()
}
