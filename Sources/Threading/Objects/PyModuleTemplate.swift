/// What importing a module binds, made once per process and shared by every import in every run: the builtin
/// functions, classes and constants, in the order the module binds them. Values are immutable (builtin functions take
/// no search number, classes are the process's own); what must be new for each import (a mutable list, a hook read
/// from the run) is a placeholder the import replaces (`PyModule(template:fresh:)`).
final class PyModuleTemplate: @unchecked Sendable {
    let name: String
    /// The names in the order bound, their values, and each name's position; written only while `init` fills them.
    private(set) var names: [String] = []
    private(set) var values: [PyObject] = []
    private(set) var positions: [PyName: Int] = [:]

    init(name: String, _ fill: (PyModuleTemplate) -> Void) {
        self.name = name
        fill(self)
    }

    /// Binds `name` (only while the template is filled).
    func set(_ name: String, _ value: PyObject) {
        if let position = positions[PyName(name)] {
            values[position] = value
            return
        }
        positions[PyName(name)] = names.count
        names.append(name)
        values.append(value)
    }

    /// Binds a builtin function.
    func function(
        _ name: String, _ params: [String] = [], defaults: [PyObject] = [], bodies: PyQuickBodies = .none,
        _ body: @escaping ([PyObject]) throws -> PyObject
    ) {
        set(name, builtin(name, params, defaults: defaults, bodies: bodies, body))
    }

    /// Binds a class under its name.
    func type(_ type: PyType) { set(type.name, PyObject(ref: type)) }

    /// A new module object for one import.
    func instantiate(fresh: [String: PyObject] = [:]) -> PyObject {
        PyObject(ref: PyModule(template: self, fresh: fresh))
    }
}
