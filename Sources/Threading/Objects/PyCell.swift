/// A closure variable (a local of a function that a nested function reads or writes, `nonlocal`): reads are
/// `try cell.value` (NameError while unbound), writes `cell.value = v`; both are shared accesses.
@dynamicMemberLookup
public final class PyCell: @unchecked Sendable {
    private var content: PyObject?
    private let name: String
    private let searchID = StepFootprint.newObjectID()

    /// A cell holding `value`; `name` is the variable's, for the NameError of an unbound read.
    public init(_ value: PyObject, name: String = "") {
        content = value
        self.name = name
    }

    /// An unbound cell (the variable is assigned later).
    public init(name: String = "") { self.name = name }

    /// `cell.value`: the variable's value.
    public subscript(dynamicMember member: String) -> PyObject {
        get throws {
            PyAccess.read(searchID)
            guard let value = PyLock.withLock({ content }) else {
                throw PyError.make(
                    py.NameError,
                    "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
            }
            return value
        }
    }

    /// `cell.value = v`.
    @_disfavoredOverload
    public subscript(dynamicMember member: PyAttributeName) -> PyObject {
        get { PyLock.withLock { content } ?? .None }
        set {
            PyAccess.write(searchID)
            PyLock.withLock { content = newValue }
        }
    }
}
