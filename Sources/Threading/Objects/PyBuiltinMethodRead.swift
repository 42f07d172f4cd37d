/// What `PyInstance.builtinMethodRead` finds: the builtin method of the instance's class, or the instance attribute
/// that shadows it.
enum PyBuiltinMethodRead {
    case method(PyBuiltin)
    case shadowed(PyObject)
}

extension PyInstance {
    /// What `genericFindAttribute` finds for `x.name` when `x` (this instance) is of a builtin class that has a method
    /// `name`, in fewer steps: the same shared read of the instance attribute `name`, which shadows the method when
    /// set. Nil when the class has no method `name` (`genericFindAttribute` then). The method comes without its
    /// receiver: the caller pairs them, or calls the method on a receiver it holds.
    func builtinMethodRead(_ name: PyName) -> PyBuiltinMethodRead? {
        guard let method = cls.lookup(name), case .ref(let function) = method.storage,
            let builtin = function as? PyBuiltin, builtin.isMethod, let dict = attributes
        else { return nil }
        PyAccess.readAttribute(name.text, of: self)
        if dict.hasNames, let value = PyLock.withLock({ dict[name] }) { return .shadowed(value) }
        return .method(builtin)
    }
}
