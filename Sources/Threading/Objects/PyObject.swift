/// One Python value of translated code: None, a bool, an int, a float, a str, or a reference to a heap object (list,
/// tuple, dict, set, function, class, instance, module, exception, or a wrapper of Threading's typed primitives).
///
/// Attributes are read with `try x.name` (AttributeError as CPython words it) and written with `x.name = v`; calls are
/// `try f(a, key: b)`; operators follow Python (`try a + b`). See README's "Python objects" for the whole API.
@dynamicMemberLookup
@dynamicCallable
public struct PyObject: @unchecked Sendable {
    enum Storage {
        case none
        case bool(Bool)
        case int(Int)
        case float(Double)
        case str(String)
        case ref(PyRef)
    }

    let storage: Storage

    init(_ storage: Storage) { self.storage = storage }

    init(ref: PyRef) { storage = .ref(ref) }

    /// Python's `None`.
    public static let None = PyObject(.none)

    /// A Python bool.
    public init(_ value: Bool) { storage = .bool(value) }
    /// A Python int.
    public init(_ value: Int) { storage = .int(value) }
    /// A Python float.
    public init(_ value: Double) { storage = .float(value) }
    /// A Python str.
    public init(_ value: String) { storage = .str(value) }

    /// The heap object, if this value is one.
    var ref: PyRef? {
        if case .ref(let ref) = storage { return ref }
        return nil
    }

    /// True for `None`.
    var isNone: Bool {
        if case .none = storage { return true }
        return false
    }
}

extension PyObject: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByStringLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(integerLiteral value: Int) { storage = .int(value) }
    public init(floatLiteral value: Double) { storage = .float(value) }
    public init(stringLiteral value: String) { storage = .str(value) }
    public init(booleanLiteral value: Bool) { storage = .bool(value) }
    /// `[a, b]` is a Python list.
    public init(arrayLiteral elements: PyObject...) { self = PyObject.list(elements) }
    /// `[k: v]` is a Python dict (keys must be hashable; an unhashable key traps, use `PyObject.dict` to get the
    /// TypeError instead).
    public init(dictionaryLiteral elements: (PyObject, PyObject)...) {
        let dict = PyDict()
        for (key, value) in elements { try! dict.store(key, value) }
        self = PyObject(ref: dict)
    }
}

extension PyObject {
    /// A new Python list holding `items`.
    public static func list(_ items: [PyObject]) -> PyObject { PyObject(ref: PyList(items)) }
    /// A Python tuple of `items`.
    public static func tuple(_ items: [PyObject]) -> PyObject {
        items.isEmpty ? PyTuple.empty : PyObject(ref: PyTuple(items))
    }
    /// A new Python dict of `pairs` (later pairs win, as in a `{…}` display); TypeError for an unhashable key.
    public static func dict(_ pairs: [(PyObject, PyObject)]) throws -> PyObject {
        let dict = PyDict()
        for (key, value) in pairs { try dict.store(key, value) }
        return PyObject(ref: dict)
    }
    /// A new Python set of `items`; TypeError for an unhashable item.
    public static func set(_ items: [PyObject]) throws -> PyObject {
        let set = PySet()
        for item in items { try set.insert(item) }
        return PyObject(ref: set)
    }
    /// A Python int written in decimal; OverflowError beyond 64 bits (the layer's ints are 64-bit).
    public static func int(_ digits: String) throws -> PyObject {
        guard let value = Int(digits) else {
            throw PyError.make(py.OverflowError, "int too large: \(digits) (docgen's Python ints are 64-bit)")
        }
        return PyObject(value)
    }
    /// A slice `start:stop:step` (`PyObject.None` for a missing part).
    public static func slice(_ start: PyObject, _ stop: PyObject, _ step: PyObject = .None) -> PyObject {
        PyObject(ref: PySlice(start: start, stop: stop, step: step))
    }
}
