/// A builtin function value: `builtin("len", ["obj"]) { a in … }` (`bodies` for its commonest calls, see
/// `PyQuickBodies`).
func builtin(
    _ name: String, _ params: [String], defaults: [PyObject] = [], bodies: PyQuickBodies = .none,
    _ body: @escaping ([PyObject]) throws -> PyObject
) -> PyObject {
    PyObject(
        ref: PyBuiltin(
            name: name, owner: nil, signature: PySignature(params, defaults: defaults), isMethod: false,
            bodies: bodies, body: body))
}
