/// Python's `print(*objects, sep=' ', end='\n', file=sys.stdout, flush=False)` for translated code: each object's
/// `str()`, the separators and the end, written to the file. The one place translated code's print writes.
enum PyPrint {
    static func print(_ objects: [PyObject], sep: PyObject, end: PyObject, file: PyObject) throws {
        let separator = try text(sep, default: " ", name: "sep")
        let terminator = try text(end, default: "\n", name: "end")
        var pieces: [String] = []
        for (index, object) in objects.enumerated() {
            if index > 0 { pieces.append(separator) }
            pieces.append(try pyStr(object))
        }
        pieces.append(terminator)
        if file.isNone || file.ref is PyStdStream {
            let stream = (file.ref as? PyStdStream)?.stream ?? .stdout
            Context.world.write(pieces.joined(), to: stream)
            return
        }
        let write = try file.attribute("write")
        for piece in pieces where !piece.isEmpty { _ = try write.call([PyObject(piece)]) }
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
        guard case .str(let text) = storage else { throw PyError.make(py.TypeError, "\(what) must be str, not \(typeName)") }
        return text
    }
}
