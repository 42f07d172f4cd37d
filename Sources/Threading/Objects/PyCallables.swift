/// A function made by `def`: its name, parameters, body, and where it was defined (for tracebacks).
final class PyFunction: PyRef, @unchecked Sendable {
    let name: String
    var qualname: String
    let module: String
    let signature: PySignature
    let body: ([PyObject]) throws -> PyObject
    /// The Python source the function came from (file and lines), for its traceback frames.
    let source: PySource?
    let dict = PyAttributes()

    init(
        name: String, signature: PySignature, source: PySource?, module: String,
        body: @escaping ([PyObject]) throws -> PyObject
    ) {
        self.name = name
        self.qualname = name
        self.module = module
        self.signature = signature
        self.source = source
        self.body = body
    }

    override var pyType: PyType { PyTypes.function }
    override var attributes: PyAttributes? { dict }

    /// `f.__name__`: the name assigned to it, else the one it was defined with (what the `function` class's property
    /// gives; no shared access, as CPython's function objects keep it in a slot).
    var nameAttribute: PyObject { PyLock.withLock { dict["__name__"] } ?? PyObject(name) }

    /// Calls the function with `receiver` (a bound method's object, if any) before `args`.
    func invoke(receiver: PyObject? = nil, _ args: [PyObject], _ kwargs: [(String, PyObject)]) throws -> PyObject {
        let values = try signature.bind(receiver: receiver, args, kwargs, displayName: qualname)
        let frames = PyFrames.current
        frames.push(PyFrame(name: name, source: source))
        defer { frames.pop() }
        try PyTraceHooks.call(self, in: frames)
        let result = try body(values)
        try frames.raisePending()
        try PyTraceHooks.return_(self, result: result, in: frames)
        return result
    }
}

/// A function or method written in Swift (`len`, `list.append`, `Lock.acquire`).
final class PyBuiltin: PyRef, @unchecked Sendable {
    let name: String
    /// The class it belongs to, for messages (`append` of `list`), or nil for a function.
    let owner: String?
    let signature: PySignature
    /// True for a method: reading it through an instance binds it.
    let isMethod: Bool
    let body: ([PyObject]) throws -> PyObject
    /// What `body` does for a call with one or two values (`q.get()`, `logging.info(msg)`, `q.put(item)`), when the
    /// builtin has them: the other parameters' defaults are not bound into an array.
    let bodies: PyQuickBodies

    init(
        name: String, owner: String?, signature: PySignature, isMethod: Bool, bodies: PyQuickBodies = .none,
        body: @escaping ([PyObject]) throws -> PyObject
    ) {
        self.name = name
        self.owner = owner
        self.signature = signature
        self.isMethod = isMethod
        self.bodies = bodies
        self.body = body
    }

    override class var isNumbered: Bool { false }

    override var pyType: PyType { isMethod ? PyTypes.methodDescriptor : PyTypes.builtinFunction }

    /// Calls the Swift body with `receiver` (a bound method's object, if any) before `args`; an error of Threading's
    /// typed API becomes the Python exception of the same class.
    func invoke(receiver: PyObject? = nil, _ args: [PyObject], _ kwargs: [(String, PyObject)]) throws -> PyObject {
        if kwargs.isEmpty, receiver == nil, args.count == 1, let one = bodies.one {
            return try run { try one(args[0]) }
        }
        let values = try signature.bind(
            receiver: receiver, args, kwargs,
            displayName: self.isMethod ? "\(self.owner.map { $0 + "." } ?? "")\(self.name)" : self.name)
        return try run(values)
    }

    /// `invoke(receiver: receiver, [a], [])`, binding without the one-argument array where the signature allows.
    func invoke(receiver: PyObject, _ a: PyObject) throws -> PyObject {
        if let two = bodies.two { return try run { try two(receiver, a) } }
        guard let values = signature.bindMethod(receiver, a) else { return try invoke(receiver: receiver, [a], []) }
        return try run(values)
    }

    /// `invoke([a], [])` of a function (not a method): its quick body for one value when it has one, with no array.
    func invoke(_ a: PyObject) throws -> PyObject {
        if let one = bodies.one { return try run { try one(a) } }
        return try invoke([a], [])
    }

    /// `invoke(receiver: receiver, [], [])`.
    func invoke(receiver: PyObject) throws -> PyObject {
        if let one = bodies.one { return try run { try one(receiver) } }
        return try invoke(receiver: receiver, [], [])
    }

    /// The Swift body on bound `values`.
    private func run(_ values: [PyObject]) throws -> PyObject { try run { try body(values) } }

    /// `call` (the body on bound values, or a quick body), its errors as Python's.
    @inline(__always)
    private func run(_ call: () throws -> PyObject) throws -> PyObject {
        do {
            return try call()
        } catch let error as PyError {
            throw error
        } catch let ended as RunEnded {
            throw ended  // not a Python exception: no `except` may stop a daemon's unwinding
        } catch {
            throw PyError(bridging: error)
        }
    }
}

/// A function bound to the object it was read from (`obj.method`): calling it passes the object first.
final class PyBoundMethod: PyRef, @unchecked Sendable {
    let function: PyObject
    let receiver: PyObject

    init(function: PyObject, receiver: PyObject) {
        self.function = function
        self.receiver = receiver
    }

    override var pyType: PyType {
        function.ref is PyBuiltin ? PyTypes.builtinFunction : PyTypes.method
    }

    /// What bound methods compare and hash by, as CPython's: the object by identity, and the function.
    var keyForm: PyObject { .tuple([PyObject(ref: PyTypes.method), receiver, function]) }
}

/// `m1 == m2` for bound methods: the same object (`is`) and the same function; NotImplemented for other operands.
func boundMethodsEqual(_ lhs: PyObject, _ rhs: PyObject) -> PyObject {
    guard let a = lhs.ref as? PyBoundMethod, let b = rhs.ref as? PyBoundMethod else { return .NotImplemented }
    return PyObject(a.receiver.is(b.receiver) && a.function.is(b.function))
}

/// `property(fget, fset)`: an attribute computed by functions (also a builtin getter/setter).
final class PyProperty: PyRef, @unchecked Sendable {
    let getter: PyObject?
    var setter: PyObject?
    let builtinName: String?
    let owner: String?

    init(getter: PyObject?, setter: PyObject?, builtinName: String? = nil, owner: String? = nil) {
        self.getter = getter
        self.setter = setter
        self.builtinName = builtinName
        self.owner = owner
        // A builtin class's property is the process's, as its class is: it takes no number.
        let watching = builtinName != nil ? StepFootprint.suspend() : nil
        super.init()
        StepFootprint.resume(watching)
    }

    override var pyType: PyType { PyTypes.property }
}

/// `staticmethod(f)`: read through a class or an instance, it is `f` itself.
final class PyStaticMethod: PyRef, @unchecked Sendable {
    let function: PyObject
    init(_ function: PyObject) { self.function = function }
    override var pyType: PyType { PyTypes.staticmethod }
}

/// `classmethod(f)`: read through a class or an instance, it is `f` bound to the class.
final class PyClassMethod: PyRef, @unchecked Sendable {
    let function: PyObject
    init(_ function: PyObject) { self.function = function }
    override var pyType: PyType { PyTypes.classmethod }
}

/// Defines a Python function: `def("worker", ["n", "delay="], defaults: [0.5]) { a in … return PyObject.None }`.
///
/// `params` as `PySignature` reads them (`"b="` takes the next default, `"*args"`, `"*"`, `"/"`, `"**kwargs"`); the
/// body gets the bound arguments in parameter order. Defaults are evaluated once, where `def` runs, as in Python.
public func def(
    _ name: String, _ params: [String], defaults: [PyObject] = [],
    _ body: @escaping ([PyObject]) throws -> PyObject
) -> PyObject {
    let frames = PyFrames.current
    return PyObject(
        ref: PyFunction(
            name: name, signature: PySignature(params, defaults: defaults), source: frames.top?.source,
            module: frames.top?.source?.module ?? "__main__", body: body))
}
