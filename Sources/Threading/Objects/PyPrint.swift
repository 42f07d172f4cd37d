/// Python's `print(*objects, sep=' ', end='\n', file=sys.stdout, flush=False)` for translated code, as CPython's
/// `builtin_print` does it: for each object the separator (but before the first), then the object's `str()`, then
/// the end — each a write of its own, so that another thread's writes can come between them. The one place
/// translated code's print writes.
enum PyPrint {
    static func print(_ objects: [PyObject], sep: PyObject, end: PyObject, file: PyObject) throws {
        let separator = try text(sep, default: " ", name: "sep")
        let terminator = try text(end, default: "\n", name: "end")
        if file.isNone || file.ref is PyStdStream {
            // Threading's print: each piece a write and a place where another thread may run on preempting
            // schedules; the default schedule writes the line whole.
            let stream = (file.ref as? PyStdStream)?.stream ?? .stdout
            try pythonPrint(count: objects.count, separator: separator, terminator: terminator, to: stream) {
                try pyStr(objects[$0])
            }
            return
        }
        let write = try file.attribute("write")
        for (index, object) in objects.enumerated() {
            if index > 0, !separator.isEmpty { _ = try write.call([PyObject(separator)]) }
            let text = try pyStr(object)
            if !text.isEmpty { _ = try write.call([PyObject(text)]) }
        }
        if !terminator.isEmpty { _ = try write.call([PyObject(terminator)]) }
    }

    private static func text(_ value: PyObject, default fallback: String, name: String) throws -> String {
        switch value.storage {
        case .none: return fallback
        case .str(let text): return text
        default: throw PyError.make(py.TypeError, "\(name) must be None or a string, not \(value.typeName)")
        }
    }
}

/// `sys.stdout` / `sys.stderr`: `write(s)` records output of the calling thread on that stream.
final class PyStdStream: PyRef, @unchecked Sendable {
    let stream: StdStream
    init(_ stream: StdStream) { self.stream = stream }
    override class var isNumbered: Bool { false }
    override var pyType: PyType { PyTypes.textIO }
}

extension PyTypes {
    static let textIO: PyType = {
        let type = PyType(builtin: "TextIOWrapper", module: "_io", base: object)
        type.method("write", ["s"]) { a in
            let text = try a[1].asStringArgument("write() argument")
            Context.world.write(text, to: (a[0].ref as! PyStdStream).stream)
            return PyObject(text.unicodeScalars.count)
        }
        type.method("flush") { _ in .None }
        type.method("__repr__") { a in
            let stream = (a[0].ref as! PyStdStream).stream
            return PyObject("<_io.TextIOWrapper name='<\(stream.rawValue)>' mode='w' encoding='utf-8'>")
        }
        return type
    }()
}

extension PyObject {
    /// The text of a str argument (TypeError "write() argument must be str, not int").
    func asStringArgument(_ what: String) throws -> String {
        guard case .str(let text) = storage else {
            throw PyError.make(py.TypeError, "\(what) must be str, not \(typeName)")
        }
        return text
    }
}
