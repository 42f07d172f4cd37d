/// The `random` module for translated code: the run's generator (CPython's Mersenne Twister, seeded per run).
enum PyRandomModule {
    static func make() -> PyObject { template.instantiate() }

    private static let template = PyModuleTemplate(name: "random") { module in
        module.function("seed", ["a=", "/"], defaults: [.None]) { a in
            Threading.random.seed(a[0].isNone ? 0 : try a[0].asInt())
            return .None
        }
        module.function("random") { _ in PyObject(Threading.random.random()) }
        module.function("uniform", ["a", "b"]) { a in
            PyObject(Threading.random.uniform(try a[0].asDouble(), try a[1].asDouble()))
        }
        module.function("randint", ["a", "b"]) { a in
            let low = try a[0].asInt()
            let high = try a[1].asInt()
            if high < low { throw PyError.make(py.ValueError, "empty range in randrange(\(low), \(high + 1))") }
            return PyObject(Threading.random.randint(low, high))
        }
        module.function("randrange", ["start", "stop=", "step=", "/"], defaults: [.None, 1]) { a in
            let start = a[1].isNone ? 0 : try a[0].asInt()
            let stop = a[1].isNone ? try a[0].asInt() : try a[1].asInt()
            let step = try a[2].asInt()
            if step != 1 {
                if step == 0 { throw PyError.make(py.ValueError, "zero step for randrange()") }
                guard let value = Threading.random.randrange(start, stop, step: step) else {
                    throw PyError.make(py.ValueError, "empty range in randrange(\(start), \(stop), \(step))")
                }
                return PyObject(value)
            }
            if stop <= start { throw PyError.make(py.ValueError, "empty range in randrange(\(start), \(stop))") }
            return PyObject(Threading.random.randrange(start, stop))
        }
        module.function("sample", ["population", "k"]) { a in
            if a[0].ref is PySet || a[0].ref is PyDict {
                throw PyError.make(py.TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).")
            }
            let k = try a[1].asInt()
            guard let chosen = Threading.random.sample(try a[0].items(), k) else {
                throw PyError.make(py.ValueError, "Sample larger than population or is negative")
            }
            return .list(chosen)
        }
        module.function("choice", ["seq", "/"]) { a in
            let items = try a[0].items()
            if items.isEmpty { throw PyError.make(py.IndexError, "Cannot choose from an empty sequence") }
            return Threading.random.choice(items)
        }
        module.function("shuffle", ["x", "/"]) { a in
            let list = try a[0].asList()
            var items = list.snapshot()
            Threading.random.shuffle(&items)
            list.mutate { $0 = items }
            return .None
        }
    }
}

/// The `functools` module: `total_ordering`, `wraps`, `partial`, `reduce`.
enum PyFunctoolsModule {
    static func make() -> PyObject { template.instantiate() }

    private static let template = PyModuleTemplate(name: "functools") { module in
        module.function("total_ordering", ["cls", "/"]) { a in
            try totalOrdering(a[0])
            return a[0]
        }
        module.function("reduce", ["function", "iterable", "initial=", "/"], defaults: [.unbound]) { a in
            var items = try a[1].items()[...]
            guard var total = a[2].isUnbound ? items.popFirst() : a[2] else {
                throw PyError.make(py.TypeError, "reduce() of empty iterable with no initial value")
            }
            for item in items { total = try a[0].call([total, item]) }
            return total
        }
        module.function("partial", ["func", "/", "*args", "**keywords"]) { a in
            let function = a[0]
            let bound = try a[1].items()
            let keywords = try PyStarStar(a[2])
            return builtin("partial", ["*args", "**kwargs"]) { b in
                let extra = try PyStarStar(b[1])
                return try function.call(
                    bound + b[0].items(), kwargs: keywords.filter { k in !extra.contains { $0.0 == k.0 } } + extra)
            }
        }
        module.function("wraps", ["wrapped"]) { a in
            let wrapped = a[0]
            return builtin("decorator", ["wrapper"]) { b in
                if let function = b[0].ref as? PyFunction, let original = wrapped.ref as? PyFunction {
                    function.qualname = original.qualname
                    PyLock.withLock {
                        function.dict["__name__"] = PyObject(original.name)
                        function.dict["__wrapped__"] = wrapped
                    }
                }
                return b[0]
            }
        }
    }

    /// `@functools.total_ordering`: the missing comparisons from `__eq__` and one of `__lt__`, `__le__`, `__gt__`,
    /// `__ge__`.
    private static func totalOrdering(_ clsObject: PyObject) throws {
        guard let cls = clsObject.asType else { throw PyError.make(py.TypeError, "total_ordering expects a class") }
        let defined = ["__lt__", "__le__", "__gt__", "__ge__"].filter { name in
            PyLock.withLock { cls.dict[name] } != nil
        }
        guard let root = defined.first else {
            throw PyError.make(py.ValueError, "must define at least one ordering operation: < > <= >=")
        }
        if cls.isBuiltin, defined.count < 4 {
            let missing = ["__lt__", "__le__", "__gt__", "__ge__"].first { !defined.contains($0) }!
            throw PyError.make(
                py.TypeError,
                "cannot set '\(missing)' attribute of immutable type '\(cls.qualified(withMain: true))'")
        }
        func method(_ name: String, _ body: @escaping (PyObject, PyObject) throws -> PyObject) {
            guard PyLock.withLock({ cls.dict[name] }) == nil else { return }
            PyLock.withLock {
                cls.dict[name] = PyObject(
                    ref: PyBuiltin(
                        name: name, owner: cls.name, signature: PySignature(["self", "other"]), isMethod: true
                    ) { a in
                        try body(a[0], a[1])
                    })
            }
        }
        func call(_ op: String, _ a: PyObject, _ b: PyObject) throws -> PyObject { try a.callSpecial(op, [b]) }
        func not(_ value: PyObject) throws -> PyObject {
            value.is(.NotImplemented) ? value : PyObject(!(try value.isTrue))
        }
        func or(_ value: PyObject, _ other: () throws -> PyObject) throws -> PyObject {
            if value.is(.NotImplemented) { return value }
            return try value.isTrue ? value : other()
        }
        func and(_ value: PyObject, _ other: () throws -> PyObject) throws -> PyObject {
            if value.is(.NotImplemented) { return value }
            return try value.isTrue ? other() : value
        }
        switch root {
        case "__lt__":
            method("__gt__") { a, b in try and(try not(try call("__lt__", a, b))) { PyObject(!(try pyEquals(a, b))) } }
            method("__le__") { a, b in try or(try call("__lt__", a, b)) { PyObject(try pyEquals(a, b)) } }
            method("__ge__") { a, b in try not(try call("__lt__", a, b)) }
        case "__le__":
            method("__ge__") { a, b in try or(try not(try call("__le__", a, b))) { PyObject(try pyEquals(a, b)) } }
            method("__lt__") { a, b in try and(try call("__le__", a, b)) { PyObject(!(try pyEquals(a, b))) } }
            method("__gt__") { a, b in try not(try call("__le__", a, b)) }
        case "__gt__":
            method("__lt__") { a, b in try and(try not(try call("__gt__", a, b))) { PyObject(!(try pyEquals(a, b))) } }
            method("__ge__") { a, b in try or(try call("__gt__", a, b)) { PyObject(try pyEquals(a, b)) } }
            method("__le__") { a, b in try not(try call("__gt__", a, b)) }
        default:
            method("__le__") { a, b in try or(try not(try call("__ge__", a, b))) { PyObject(try pyEquals(a, b)) } }
            method("__gt__") { a, b in try and(try call("__ge__", a, b)) { PyObject(!(try pyEquals(a, b))) } }
            method("__lt__") { a, b in try not(try call("__ge__", a, b)) }
        }
    }
}
