/// A builtin's bodies for its commonest calls, beside its general body (which gets every parameter bound, defaults
/// included, in one array): `q.get()`, `logging.info(msg)` and `q.put(item)` run on their one or two values as they
/// are, without that array. Each must do exactly what the general body does with the other parameters' defaults, so a
/// builtin with quick bodies is best written once, as a function all its bodies call.
struct PyQuickBodies: Sendable {
    /// The call whose one value is the first parameter: a method's object (`q.get()`) or a function's first argument
    /// (`logging.info(msg)`).
    let one: (@Sendable (PyObject) throws -> PyObject)?
    /// The call whose two values are the first two parameters (`q.put(item)`: the object and the item).
    let two: (@Sendable (PyObject, PyObject) throws -> PyObject)?

    init(
        one: (@Sendable (PyObject) throws -> PyObject)? = nil,
        two: (@Sendable (PyObject, PyObject) throws -> PyObject)? = nil
    ) {
        self.one = one
        self.two = two
    }

    /// No quick body: every call binds its arguments.
    static let none = PyQuickBodies()
}
