/// `a and b` as a value: `a` when it is false, else `b` (evaluated only then).
public func pyAnd(_ a: PyObject, _ b: @autoclosure () throws -> PyObject) throws -> PyObject {
    try a.isTrue ? try b() : a
}

/// `a or b` as a value: `a` when it is true, else `b` (evaluated only then).
public func pyOr(_ a: PyObject, _ b: @autoclosure () throws -> PyObject) throws -> PyObject {
    try a.isTrue ? a : try b()
}
