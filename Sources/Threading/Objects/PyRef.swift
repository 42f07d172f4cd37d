import Synchronization

/// A Python object that lives on the heap (everything but None, bools, ints, floats and strs): it has a class and an
/// identity (`is`, `id()`), and a number under exhaustive search so that its reads and writes can be told apart from
/// other objects'.
class PyRef: @unchecked Sendable {
    /// The object's number in footprints: its creation number within the searched run (0 outside a search).
    let searchID: UInt

    init() { searchID = Self.isNumbered ? StepFootprint.newObjectID() : 0 }

    /// False for a class whose objects are never read or written as shared state (immutable, e.g. builtin functions):
    /// they take no number, so making one (once per process, for a module's template) changes no other's number.
    class var isNumbered: Bool { true }

    /// The object's class (`type(x)`).
    var pyType: PyType { PyTypes.object }

    /// The instance attributes (`__dict__`), for objects that have them.
    var attributes: PyAttributes? { nil }

    /// Whether `attributes` are the calling thread's own (a `threading.local`): no other thread reaches them.
    var hasThreadLocalAttributes: Bool { false }
}

/// An object's `__dict__`: attribute names to values, in insertion order. Guarded by `PyLock`.
final class PyAttributes: @unchecked Sendable {
    private var order: [PyName] = []
    private var values: [PyName: PyObject] = [:]
    /// How many names there are, kept by every change (made holding `PyLock`) for `hasNames`.
    private let count = Atomic<Int>(0)

    /// Whether any name is bound, read without `PyLock`: a read that finds none needs not take the lock to look a name
    /// up (the instance dict of a queue or a thread, nearly always empty, is looked in at every method call). Another
    /// thread binding a name meanwhile is then ordered after the read, as it may be anyway.
    var hasNames: Bool { count.load(ordering: .acquiring) != 0 }

    /// The names in insertion order.
    var names: [String] { order.map(\.text) }

    subscript(name: PyName) -> PyObject? {
        get { values[name] }
        set {
            if let newValue {
                if values.updateValue(newValue, forKey: name) == nil { order.append(name) }
            } else if values.removeValue(forKey: name) != nil {
                order.removeAll { $0 == name }
            }
            count.store(order.count, ordering: .releasing)
        }
    }

    subscript(name: String) -> PyObject? {
        get { self[PyName(name)] }
        set { self[PyName(name)] = newValue }
    }

    var isEmpty: Bool { order.isEmpty }

    /// Empties the namespace, handing back the old values so the caller releases them after `PyLock`.
    func removeAll() -> [PyObject] {
        defer {
            order = []
            values = [:]
            count.store(0, ordering: .releasing)
        }
        return Array(values.values)
    }
}
