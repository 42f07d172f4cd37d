/// One field of a dataclass: its name and default (or default factory).
final class PyField: PyRef, @unchecked Sendable {
    var name = ""
    let defaultValue: PyObject?
    let defaultFactory: PyObject?
    let inInit: Bool
    let inRepr: Bool
    let compare: Bool

    init(
        defaultValue: PyObject?, defaultFactory: PyObject?, inInit: Bool = true, inRepr: Bool = true,
        compare: Bool = true
    ) {
        self.defaultValue = defaultValue
        self.defaultFactory = defaultFactory
        self.inInit = inInit
        self.inRepr = inRepr
        self.compare = compare
    }

    override var pyType: PyType { PyTypes.field }
}

/// What `@dataclass` recorded on a class.
final class PyDataclassInfo: PyRef, @unchecked Sendable {
    let fields: [PyField]
    let eq: Bool
    let frozen: Bool

    init(fields: [PyField], eq: Bool, frozen: Bool) {
        self.fields = fields
        self.eq = eq
        self.frozen = frozen
    }
}

extension PyTypes {
    static let field = PyType(builtin: "Field", module: "dataclasses", base: object)
    static let FrozenInstanceError = exception("FrozenInstanceError", module: "dataclasses", base: AttributeError)
}

/// The fields (as a tuple) an `eq` dataclass instance compares and hashes by; nil for other objects.
func dataclassKey(_ object: PyObject) throws -> PyObject? {
    guard object.ref is PyInstance,
        let info = object.pyType.lookup("__dataclass_fields_info__")?.ref as? PyDataclassInfo,
        info.eq
    else { return nil }
    return .tuple(try info.fields.filter(\.compare).map { try object.attribute($0.name) })
}

/// The `dataclasses` module: `dataclass` (with `eq`, `order`, `frozen`, `repr`, `init`), `field(default=,
/// default_factory=)`, `fields`, `asdict`, `astuple`, `FrozenInstanceError`. Fields are the class's
/// `__annotations__` in order (translations set it from the class body's annotations).
enum PyDataclassesModule {
    static func make() -> PyObject { template.instantiate() }

    private static let template = PyModuleTemplate(name: "dataclasses") { module in
        let dataclass = builtin(
            "dataclass", ["cls=", "/", "*", "init=", "repr=", "eq=", "order=", "unsafe_hash=", "frozen="],
            defaults: [.None, true, true, true, false, false, false]
        ) { a in
            let options = Options(
                initialiser: try a[1].isTrue, repr: try a[2].isTrue, eq: try a[3].isTrue, order: try a[4].isTrue,
                unsafeHash: try a[5].isTrue, frozen: try a[6].isTrue)
            if a[0].isNone {
                return builtin("wrap", ["cls"]) { b in try apply(b[0], options) }
            }
            return try apply(a[0], options)
        }
        module.set("dataclass", dataclass)
        module.set(
            "field",
            builtin(
                "field", ["*", "default=", "default_factory=", "init=", "repr=", "compare="],
                defaults: [.unbound, .unbound, true, true, true]
            ) { a in
                PyObject(
                    ref: PyField(
                        defaultValue: a[0].isUnbound ? nil : a[0], defaultFactory: a[1].isUnbound ? nil : a[1],
                        inInit: try a[2].isTrue, inRepr: try a[3].isTrue, compare: try a[4].isTrue))
            })
        module.set(
            "fields",
            builtin("fields", ["class_or_instance"]) { a in
                let type = a[0].asType ?? a[0].pyType
                guard let info = type.lookup("__dataclass_fields_info__")?.ref as? PyDataclassInfo else {
                    throw PyError.make(py.TypeError, "must be called with a dataclass type or instance")
                }
                return .tuple(info.fields.map { PyObject(ref: $0) })
            })
        module.set(
            "asdict",
            builtin("asdict", ["obj"]) { a in
                guard let info = a[0].pyType.lookup("__dataclass_fields_info__")?.ref as? PyDataclassInfo else {
                    throw PyError.make(py.TypeError, "asdict() should be called on dataclass instances")
                }
                return try PyObject.dict(info.fields.map { (PyObject($0.name), try a[0].attribute($0.name)) })
            })
        module.set(
            "astuple",
            builtin("astuple", ["obj"]) { a in
                guard let info = a[0].pyType.lookup("__dataclass_fields_info__")?.ref as? PyDataclassInfo else {
                    throw PyError.make(py.TypeError, "astuple() should be called on dataclass instances")
                }
                return .tuple(try info.fields.map { try a[0].attribute($0.name) })
            })
        module.set("FrozenInstanceError", PyObject(ref: PyTypes.FrozenInstanceError))
    }

    struct Options {
        let initialiser, repr, eq, order, unsafeHash, frozen: Bool
    }

    private static func apply(_ clsObject: PyObject, _ options: Options) throws -> PyObject {
        guard let cls = clsObject.asType else {
            throw PyError.make(py.TypeError, "dataclass() should be called on a class")
        }
        var fields: [PyField] = []
        for base in cls.mro.dropFirst().reversed() {
            if let info = PyLock.withLock({ base.dict["__dataclass_fields_info__"] })?.ref as? PyDataclassInfo {
                for field in info.fields {
                    fields.removeAll { $0.name == field.name }
                    fields.append(field)
                }
            }
        }
        let annotations = PyLock.withLock { cls.dict["__annotations__"] }
        for name in try annotations.map({ try $0.items() }) ?? [] {
            let fieldName = try name.asString()
            let value = PyLock.withLock { cls.dict[fieldName] }
            let field: PyField
            if let given = value?.ref as? PyField {
                field = given
                PyLock.withLock { cls.dict[fieldName] = given.defaultValue }
            } else {
                field = PyField(defaultValue: value, defaultFactory: nil)
            }
            field.name = fieldName
            fields.removeAll { $0.name == fieldName }
            fields.append(field)
        }
        let info = PyDataclassInfo(fields: fields, eq: options.eq, frozen: options.frozen)
        func define(_ name: String, _ value: PyObject) {
            if let function = value.ref as? PyFunction { function.qualname = cls.qualname + "." + name }
            PyLock.withLock { cls.dict[name] = value }
        }
        define("__dataclass_fields_info__", PyObject(ref: info))
        let className = cls.qualname
        if options.initialiser {
            var params = ["self"]
            var defaults: [PyObject] = []
            for field in fields where field.inInit {
                if field.defaultValue != nil || field.defaultFactory != nil {
                    params.append(field.name + "=")
                    defaults.append(field.defaultFactory != nil ? .unbound : field.defaultValue!)
                } else {
                    params.append(field.name)
                }
            }
            let initFields = fields.filter(\.inInit)
            let initialiser = PyFunction(
                name: "__init__", signature: PySignature(params, defaults: defaults), source: nil, module: cls.module
            ) { a in
                let instance = a[0]
                for (index, field) in initFields.enumerated() {
                    var value = a[index + 1]
                    if value.isUnbound, let factory = field.defaultFactory { value = try factory.call([]) }
                    try genericSetAttribute(instance, field.name, value)
                }
                for field in fields where !field.inInit {
                    if let factory = field.defaultFactory {
                        try genericSetAttribute(instance, field.name, try factory.call([]))
                    } else if let value = field.defaultValue {
                        try genericSetAttribute(instance, field.name, value)
                    }
                }
                if let post = instance.pyType.lookup("__post_init__") { _ = try post.call([instance]) }
                return .None
            }
            define("__init__", PyObject(ref: initialiser))
        }
        if options.repr {
            define(
                "__repr__",
                builtinMethod("__repr__") { a in
                    let parts = try fields.filter(\.inRepr).map {
                        "\($0.name)=\(try pyRepr(try a[0].attribute($0.name)))"
                    }
                    return PyObject("\(a[0].pyType.qualname)(" + parts.joined(separator: ", ") + ")")
                })
        }
        if options.eq {
            define(
                "__eq__",
                builtinMethod("__eq__", ["other"]) { a in
                    guard a[1].pyType === a[0].pyType else { return .NotImplemented }
                    return try richCompare(try dataclassKey(a[0])!, try dataclassKey(a[1])!, .equal)
                })
        }
        if options.order {
            for (name, op) in [
                ("__lt__", ComparisonOperator.less), ("__le__", .lessEqual), ("__gt__", .greater),
                ("__ge__", .greaterEqual),
            ] {
                define(
                    name,
                    builtinMethod(name, ["other"]) { a in
                        guard a[1].pyType === a[0].pyType else { return .NotImplemented }
                        return try richCompare(try dataclassKey(a[0])!, try dataclassKey(a[1])!, op)
                    })
            }
        }
        if options.frozen {
            define(
                "__setattr__",
                builtinMethod("__setattr__", ["name", "value"]) { a in
                    throw PyError.make(
                        PyObject(ref: PyTypes.FrozenInstanceError), "cannot assign to field \(try pyRepr(a[1]))")
                })
            define(
                "__delattr__",
                builtinMethod("__delattr__", ["name"]) { a in
                    throw PyError.make(
                        PyObject(ref: PyTypes.FrozenInstanceError), "cannot delete field \(try pyRepr(a[1]))")
                })
        }
        if options.eq && (options.frozen || options.unsafeHash) {
            define("__hash__", builtinMethod("__hash__") { a in PyObject(try pyHash(try dataclassKey(a[0])!)) })
        } else if options.eq,
            PyLock.withLock({ cls.dict["__hash__"] }) == nil || PyLock.withLock({ cls.dict["__hash__"] })!.isNone
        {
            define("__hash__", .None)
        }
        _ = className
        return clsObject
    }

    /// A method written in Swift for a class made by `pyclass` (bound like a `def`).
    private static func builtinMethod(
        _ name: String, _ params: [String] = [], _ body: @escaping ([PyObject]) throws -> PyObject
    ) -> PyObject {
        PyObject(
            ref: PyBuiltin(
                name: name, owner: nil, signature: PySignature(["self"] + params), isMethod: true, body: body))
    }
}
