/// A builtin function value: `builtin("len", ["obj"]) { a in … }`.
func builtin(
    _ name: String, _ params: [String], defaults: [PyObject] = [], _ body: @escaping ([PyObject]) throws -> PyObject
) -> PyObject {
    PyObject(
        ref: PyBuiltin(
            name: name, owner: nil, signature: PySignature(params, defaults: defaults), isMethod: false, body: body))
}
