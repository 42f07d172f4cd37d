extension PyObject {
    /// The value's attributes read in order to be called at once: `try x.method.put(item)` is `x.put(item)`.
    public var method: PyMethods { PyMethods(object: self) }
}

/// `x.method.name`: reads the attribute `name` as `try x.name` does, as CPython reads an attribute that is called at
/// once (instance attributes shadow the class's; properties, a class's `__getattribute__` and `__getattr__` apply), and
/// before the call's arguments are evaluated. A function found on the class is then called with `x` first, without
/// the bound method object that `try x.name` makes. The translator writes calls of an attribute with up to three
/// positional arguments this way.
@dynamicMemberLookup
public struct PyMethods {
    let object: PyObject

    /// The attribute `name`, to be called.
    public subscript(dynamicMember name: PyName) -> PyMethodCall {
        get throws { PyMethodCall(found: try object.attributeFound(name)) }
    }
}

/// An attribute read to be called (`x.method.name`): call it with up to three positional arguments.
public struct PyMethodCall {
    let found: PyFoundAttribute

    /// `x.name()`.
    @discardableResult
    public func callAsFunction() throws -> PyObject { try found.call() }

    /// `x.name(a)`.
    @discardableResult
    public func callAsFunction(_ a: PyObject) throws -> PyObject { try found.call(a) }

    /// `x.name(a, b)`.
    @discardableResult
    public func callAsFunction(_ a: PyObject, _ b: PyObject) throws -> PyObject { try found.call([a, b], []) }

    /// `x.name(a, b, c)`.
    @discardableResult
    public func callAsFunction(_ a: PyObject, _ b: PyObject, _ c: PyObject) throws -> PyObject {
        try found.call([a, b, c], [])
    }
}

extension PyObject {
    /// `x.name()` in one step: `try x.callMethod("name")` reads the attribute `name` as `x.method.name` does, then
    /// calls it. The translator writes this form when the arguments are plain local names or constants, whose
    /// evaluation nothing can observe, so that reading the attribute after them is the same as before them; it makes no
    /// intermediate values for the (unoptimised) scenario code to copy and destroy, and a builtin method of a builtin
    /// class runs on `x` as it is.
    @discardableResult
    public func callMethod(_ name: PyName) throws -> PyObject {
        switch try calledAttribute(name) {
        case .builtinMethod(let builtin): return try builtin.invoke(receiver: self)
        case .found(let found): return try found.call()
        }
    }

    /// `x.name(a)` in one step (see `callMethod(_:)`).
    @discardableResult
    public func callMethod(_ name: PyName, _ a: PyObject) throws -> PyObject {
        switch try calledAttribute(name) {
        case .builtinMethod(let builtin): return try builtin.invoke(receiver: self, a)
        case .found(let found): return try found.call(a)
        }
    }

    /// `x.name(a, b)` in one step (see `callMethod(_:)`).
    @discardableResult
    public func callMethod(_ name: PyName, _ a: PyObject, _ b: PyObject) throws -> PyObject {
        switch try calledAttribute(name) {
        case .builtinMethod(let builtin): return try builtin.invoke(receiver: self, [a, b], [])
        case .found(let found): return try found.call([a, b], [])
        }
    }

    /// `x.name(a, b, c)` in one step (see `callMethod(_:)`).
    @discardableResult
    public func callMethod(_ name: PyName, _ a: PyObject, _ b: PyObject, _ c: PyObject) throws -> PyObject {
        switch try calledAttribute(name) {
        case .builtinMethod(let builtin): return try builtin.invoke(receiver: self, [a, b, c], [])
        case .found(let found): return try found.call([a, b, c], [])
        }
    }
}
