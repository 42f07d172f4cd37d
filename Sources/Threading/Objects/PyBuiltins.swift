/// Python's builtins as values: `try py.len(xs)`, `py.sorted(xs, key: py.len)`, `py.ValueError`. (A namespace, since
/// bare `print`, `str` and `ValueError` are Threading's typed API.)
public enum py {
    // MARK: classes
    public static let object = PyObject(ref: PyTypes.object)
    public static let type = PyObject(ref: PyTypes.type)
    public static let int = PyObject(ref: PyTypes.int)
    public static let float = PyObject(ref: PyTypes.float)
    public static let bool = PyObject(ref: PyTypes.bool)
    public static let str = PyObject(ref: PyTypes.str)
    public static let list = PyObject(ref: PyTypes.list)
    public static let tuple = PyObject(ref: PyTypes.tuple)
    public static let dict = PyObject(ref: PyTypes.dict)
    public static let set = PyObject(ref: PyTypes.set)
    public static let frozenset = PyObject(ref: PyTypes.frozenset)
    public static let range = PyObject(ref: PyTypes.range)
    public static let slice = PyObject(ref: PyTypes.slice)
    public static let property = PyObject(ref: PyTypes.property)
    public static let staticmethod = PyObject(ref: PyTypes.staticmethod)
    public static let classmethod = PyObject(ref: PyTypes.classmethod)
    public static let `super` = PyObject(ref: PyTypes.superType)

    // MARK: exceptions
    public static let BaseException = PyObject(ref: PyTypes.BaseException)
    public static let Exception = PyObject(ref: PyTypes.Exception)
    public static let SystemExit = PyObject(ref: PyTypes.SystemExit)
    public static let KeyboardInterrupt = PyObject(ref: PyTypes.KeyboardInterrupt)
    public static let StopIteration = PyObject(ref: PyTypes.StopIteration)
    public static let ArithmeticError = PyObject(ref: PyTypes.ArithmeticError)
    public static let OverflowError = PyObject(ref: PyTypes.OverflowError)
    public static let ZeroDivisionError = PyObject(ref: PyTypes.ZeroDivisionError)
    public static let AssertionError = PyObject(ref: PyTypes.AssertionError)
    public static let AttributeError = PyObject(ref: PyTypes.AttributeError)
    public static let LookupError = PyObject(ref: PyTypes.LookupError)
    public static let IndexError = PyObject(ref: PyTypes.IndexError)
    public static let KeyError = PyObject(ref: PyTypes.KeyError)
    public static let NameError = PyObject(ref: PyTypes.NameError)
    public static let UnboundLocalError = PyObject(ref: PyTypes.UnboundLocalError)
    public static let OSError = PyObject(ref: PyTypes.OSError)
    public static let TimeoutError = PyObject(ref: PyTypes.TimeoutError)
    public static let ConnectionError = PyObject(ref: PyTypes.ConnectionError)
    public static let BrokenPipeError = PyObject(ref: PyTypes.BrokenPipeError)
    public static let ConnectionAbortedError = PyObject(ref: PyTypes.ConnectionAbortedError)
    public static let ConnectionRefusedError = PyObject(ref: PyTypes.ConnectionRefusedError)
    public static let ConnectionResetError = PyObject(ref: PyTypes.ConnectionResetError)
    public static let FileNotFoundError = PyObject(ref: PyTypes.FileNotFoundError)
    public static let FileExistsError = PyObject(ref: PyTypes.FileExistsError)
    public static let PermissionError = PyObject(ref: PyTypes.PermissionError)
    public static let InterruptedError = PyObject(ref: PyTypes.InterruptedError)
    public static let BlockingIOError = PyObject(ref: PyTypes.BlockingIOError)
    public static let EOFError = PyObject(ref: PyTypes.EOFError)
    public static let MemoryError = PyObject(ref: PyTypes.MemoryError)
    public static let BufferError = PyObject(ref: PyTypes.BufferError)
    public static let UnicodeError = PyObject(ref: PyTypes.UnicodeError)
    public static let RuntimeError = PyObject(ref: PyTypes.RuntimeError)
    public static let NotImplementedError = PyObject(ref: PyTypes.NotImplementedError)
    public static let RecursionError = PyObject(ref: PyTypes.RecursionError)
    public static let TypeError = PyObject(ref: PyTypes.TypeError)
    public static let ValueError = PyObject(ref: PyTypes.ValueError)
    public static let ImportError = PyObject(ref: PyTypes.ImportError)
    public static let ModuleNotFoundError = PyObject(ref: PyTypes.ModuleNotFoundError)
    public static let SyntaxError = PyObject(ref: PyTypes.SyntaxError)
    public static let Warning = PyObject(ref: PyTypes.Warning)
    public static let DeprecationWarning = PyObject(ref: PyTypes.DeprecationWarning)
    public static let UserWarning = PyObject(ref: PyTypes.UserWarning)
    public static let RuntimeWarning = PyObject(ref: PyTypes.RuntimeWarning)

    // MARK: functions
    public static let print = builtin(
        "print", ["*objects", "sep=", "end=", "file=", "flush="], defaults: [.None, .None, .None, false]
    ) { a in
        try PyPrint.print(try a[0].items(), sep: a[1], end: a[2], file: a[3])
        return .None
    }
    public static let len = builtin("len", ["obj", "/"]) { a in PyObject(try a[0].length()) }
    public static let repr = builtin("repr", ["obj", "/"]) { a in PyObject(try pyRepr(a[0])) }
    public static let ascii = builtin("ascii", ["obj", "/"]) { a in PyObject(try pyRepr(a[0])) }
    public static let isinstance = builtin("isinstance", ["obj", "class_or_tuple", "/"]) { a in
        PyObject(try isInstance(a[0], a[1]))
    }
    public static let issubclass = builtin("issubclass", ["cls", "class_or_tuple", "/"]) { a in
        guard let cls = a[0].asType else { throw PyError.make(py.TypeError, "issubclass() arg 1 must be a class") }
        return PyObject(try classMatches(cls, a[1], function: "issubclass"))
    }
    public static let hasattr = builtin("hasattr", ["obj", "name", "/"]) { a in
        do {
            _ = try a[0].attribute(try a[1].asStringArgument("attribute name"))
            return true
        } catch let error as PyError where error.matches(py.AttributeError) {
            return false
        }
    }
    public static let getattr = builtin("getattr", ["obj", "name", "default=", "/"], defaults: [.unbound]) { a in
        do {
            return try a[0].attribute(try a[1].asStringArgument("attribute name"))
        } catch let error as PyError where error.matches(py.AttributeError) && !a[2].isUnbound {
            return a[2]
        }
    }
    public static let setattr = builtin("setattr", ["obj", "name", "value", "/"]) { a in
        try a[0].setAttribute(try a[1].asStringArgument("attribute name"), a[2])
        return .None
    }
    public static let delattr = builtin("delattr", ["obj", "name", "/"]) { a in
        try a[0].deleteAttribute(try a[1].asStringArgument("attribute name"))
        return .None
    }
    public static let id = builtin("id", ["obj", "/"]) { a in PyObject(pyId(a[0])) }
    public static let hash = builtin("hash", ["obj", "/"]) { a in PyObject(try pyHash(a[0])) }
    public static let callable = builtin("callable", ["obj", "/"]) { a in PyObject(a[0].isCallable) }
    public static let iter = builtin("iter", ["object", "sentinel=", "/"], defaults: [.unbound]) { a in
        if a[1].isUnbound { return try a[0].iterator() }
        let function = a[0]
        let sentinel = a[1]
        var done = false
        return PyObject(
            ref: PyIterator("callable_iterator") {
                if done { return nil }
                let value = try function.call([])
                if try value.is(sentinel) || pyEquals(value, sentinel) {
                    done = true
                    return nil
                }
                return value
            })
    }
    public static let next = builtin("next", ["iterator", "default=", "/"], defaults: [.unbound]) { a in
        guard a[0].ref is PyIterator || a[0].dunder("__next__") != nil else {
            throw PyError.make(py.TypeError, "'\(a[0].typeName)' object is not an iterator")
        }
        if let item = try a[0].nextItem() { return item }
        if !a[1].isUnbound { return a[1] }
        throw PyError.make(py.StopIteration, nil)
    }
    public static let sorted = builtin("sorted", ["iterable", "/", "*", "key=", "reverse="], defaults: [.None, false]) {
        a in
        .list(try pySorted(try a[0].items(), key: a[1], reverse: try a[2].isTrue))
    }
    public static let reversed = builtin("reversed", ["sequence", "/"]) { a in
        if let range = a[0].ref as? PyRange {
            return .list(Array((0..<range.count).reversed().compactMap { range.item($0).map { PyObject($0) } }))
                .iteratorOrSelf
        }
        if a[0].dunder("__reversed__") != nil { return try a[0].callSpecial("__reversed__", []) }
        var items = try a[0].items().reversed().makeIterator()
        return PyObject(ref: PyIterator(a[0].ref is PyList ? "list_reverseiterator" : "reversed") { items.next() })
    }
    public static let enumerate = builtin("enumerate", ["iterable", "start="], defaults: [0]) { a in
        let iterator = try a[0].iterator()
        var index = try a[1].asInt()
        return PyObject(
            ref: PyIterator("enumerate") {
                guard let item = try iterator.nextItem() else { return nil }
                defer { index += 1 }
                return .tuple([PyObject(index), item])
            })
    }
    public static let zip = builtin("zip", ["*iterables", "strict="], defaults: [false]) { a in
        let iterators = try a[0].items().map { try $0.iterator() }
        return PyObject(
            ref: PyIterator("zip") {
                if iterators.isEmpty { return nil }
                var items: [PyObject] = []
                for iterator in iterators {
                    guard let item = try iterator.nextItem() else { return nil }
                    items.append(item)
                }
                return .tuple(items)
            })
    }
    public static let map = builtin("map", ["function", "iterable", "*iterables"]) { a in
        let function = a[0]
        let iterators = try ([a[1]] + a[2].items()).map { try $0.iterator() }
        return PyObject(
            ref: PyIterator("map") {
                var items: [PyObject] = []
                for iterator in iterators {
                    guard let item = try iterator.nextItem() else { return nil }
                    items.append(item)
                }
                return try function.call(items)
            })
    }
    public static let filter = builtin("filter", ["function", "iterable", "/"]) { a in
        let function = a[0]
        let iterator = try a[1].iterator()
        return PyObject(
            ref: PyIterator("filter") {
                while let item = try iterator.nextItem() {
                    if try (function.isNone ? item : function.call([item])).isTrue { return item }
                }
                return nil
            })
    }
    public static let any = builtin("any", ["iterable", "/"]) { a in
        let iterator = try a[0].iterator()
        while let item = try iterator.nextItem() { if try item.isTrue { return true } }
        return false
    }
    public static let all = builtin("all", ["iterable", "/"]) { a in
        let iterator = try a[0].iterator()
        while let item = try iterator.nextItem() { if try !item.isTrue { return false } }
        return true
    }
    public static let sum = builtin("sum", ["iterable", "/", "start="], defaults: [0]) { a in
        var total = a[1]
        for item in try a[0].items() { total = try total + item }
        return total
    }
    public static let min = builtin("min", ["*args", "key=", "default="], defaults: [.None, .unbound]) { a in
        try extreme("min", a, pick: { try pyLess($0, $1) })
    }
    public static let max = builtin("max", ["*args", "key=", "default="], defaults: [.None, .unbound]) { a in
        try extreme("max", a, pick: { try pyLess($1, $0) })
    }
    public static let abs = builtin("abs", ["x", "/"]) { a in
        switch a[0].storage {
        case .int(let value):
            guard value != .min else {
                throw PyError.make(py.OverflowError, "int too large for docgen's 64-bit Python ints")
            }
            return PyObject(Swift.abs(value))
        case .bool(let value): return PyObject(value ? 1 : 0)
        case .float(let value): return PyObject(Swift.abs(value))
        default:
            if a[0].dunder("__abs__") != nil { return try a[0].callSpecial("__abs__", []) }
            throw PyError.make(py.TypeError, "bad operand type for abs(): '\(a[0].typeName)'")
        }
    }
    public static let round = builtin("round", ["number", "ndigits="], defaults: [.None]) { a in
        try pyRound(a[0], a[1])
    }
    public static let divmod = builtin("divmod", ["x", "y", "/"]) { a in
        .tuple([try floorDiv(a[0], a[1]), try a[0] % a[1]])
    }
    public static let pow = builtin("pow", ["base", "exp", "mod="], defaults: [.None]) { a in
        let result = try a[0] ** a[1]
        return a[2].isNone ? result : try result % a[2]
    }
    public static let ord = builtin("ord", ["c", "/"]) { a in
        let text = try a[0].asStringArgument("ord() argument")
        guard text.unicodeScalars.count == 1 else {
            throw PyError.make(
                py.TypeError, "ord() expected a character, but string of length \(text.unicodeScalars.count) found")
        }
        return PyObject(Swift.Int(text.unicodeScalars.first!.value))
    }
    public static let chr = builtin("chr", ["i", "/"]) { a in
        let value = try a[0].asInt()
        guard let scalar = Unicode.Scalar(UInt32(clamping: Swift.max(0, value))), value >= 0 else {
            throw PyError.make(py.ValueError, "chr() arg not in range(0x110000)")
        }
        return PyObject(String(scalar))
    }
    public static let format = builtin("format", ["value", "format_spec=", "/"], defaults: [""]) { a in
        PyObject(try pyFormat(a[0], try a[1].asStringArgument("format() argument 2")))
    }
    public static let vars = builtin("vars", ["object", "/"]) { a in try a[0].attribute("__dict__") }
    /// The calling code's module namespace. In translated code that is the module object itself, not a dict: the
    /// same object each call and the frames' `f_globals`, so `frame.f_globals is globals()` holds as in CPython;
    /// reading it as a mapping (`globals()["x"]`) raises TypeError.
    public static let globals = builtin("globals", []) { _ in
        guard let module = PyFrames.current.top?.source?.globals else { return .None }
        return PyObject(ref: module)
    }
    public static let input = builtin("input", ["prompt=", "/"], defaults: [""]) { _ in
        throw PyError.make(py.OSError, "input() is not available in docgen's runs (no stdin)")
    }

    /// Every builtin by its Python name, for globals that fall back to builtins (`g.len`).
    static let builtinsByName: [PyName: PyObject] = [
        "object": object, "type": type, "int": int, "float": float, "bool": bool, "str": str, "list": list,
        "tuple": tuple, "dict": dict, "set": set, "frozenset": frozenset, "range": range, "slice": slice,
        "property": property, "staticmethod": staticmethod, "classmethod": classmethod, "super": `super`,
        "BaseException": BaseException, "Exception": Exception, "SystemExit": SystemExit,
        "KeyboardInterrupt": KeyboardInterrupt, "StopIteration": StopIteration, "ArithmeticError": ArithmeticError,
        "OverflowError": OverflowError, "ZeroDivisionError": ZeroDivisionError, "AssertionError": AssertionError,
        "AttributeError": AttributeError, "LookupError": LookupError, "IndexError": IndexError, "KeyError": KeyError,
        "NameError": NameError, "UnboundLocalError": UnboundLocalError, "OSError": OSError,
        "TimeoutError": TimeoutError, "RuntimeError": RuntimeError, "NotImplementedError": NotImplementedError,
        "RecursionError": RecursionError, "TypeError": TypeError, "ValueError": ValueError,
        "ImportError": ImportError, "ModuleNotFoundError": ModuleNotFoundError, "SyntaxError": SyntaxError,
        "Warning": Warning, "DeprecationWarning": DeprecationWarning, "UserWarning": UserWarning,
        "RuntimeWarning": RuntimeWarning,
        "ConnectionError": ConnectionError,
        "BrokenPipeError": BrokenPipeError,
        "ConnectionAbortedError": ConnectionAbortedError,
        "ConnectionRefusedError": ConnectionRefusedError,
        "ConnectionResetError": ConnectionResetError,
        "FileNotFoundError": FileNotFoundError,
        "FileExistsError": FileExistsError,
        "PermissionError": PermissionError,
        "InterruptedError": InterruptedError,
        "BlockingIOError": BlockingIOError,
        "EOFError": EOFError,
        "MemoryError": MemoryError,
        "BufferError": BufferError,
        "UnicodeError": UnicodeError,
        "print": print, "len": len, "repr": repr, "ascii": ascii, "isinstance": isinstance,
        "issubclass": issubclass, "hasattr": hasattr, "getattr": getattr, "setattr": setattr, "delattr": delattr,
        "id": id, "hash": hash, "callable": callable, "iter": iter, "next": next, "sorted": sorted,
        "reversed": reversed, "enumerate": enumerate, "zip": zip, "map": map, "filter": filter, "any": any,
        "all": all, "sum": sum, "min": min, "max": max, "abs": abs, "round": round, "divmod": divmod, "pow": pow,
        "ord": ord, "chr": chr, "format": format, "vars": vars, "globals": globals, "input": input,
        "None": .None, "True": true, "False": false, "NotImplemented": .NotImplemented,
    ]
}

extension PyObject {
    /// An iterator over a list (for builtins that return one).
    fileprivate var iteratorOrSelf: PyObject { (try? iterator()) ?? self }
}

/// `isinstance(obj, cls_or_tuple)`.
func isInstance(_ object: PyObject, _ classes: PyObject) throws -> Bool {
    try classMatches(object.pyType, classes, function: "isinstance")
}

private func classMatches(_ type: PyType, _ classes: PyObject, function: String) throws -> Bool {
    if let cls = classes.asType { return type.isSubtype(of: cls) }
    if let tuple = classes.ref as? PyTuple {
        return try tuple.items.contains { try classMatches(type, $0, function: function) }
    }
    throw PyError.make(py.TypeError, "\(function)() arg 2 must be a type, a tuple of types, or a union")
}

/// `min`/`max`: of one iterable or of several arguments, by `key`, with `default` for an empty iterable.
private func extreme(_ name: String, _ a: [PyObject], pick: (PyObject, PyObject) throws -> Bool) throws -> PyObject {
    let args = try a[0].items()
    let items: [PyObject]
    if args.count == 1 {
        items = try args[0].items()
    } else if args.isEmpty {
        throw PyError.make(py.TypeError, "\(name) expected at least 1 argument, got 0")
    } else {
        items = args
    }
    guard var best = items.first else {
        if !a[2].isUnbound { return a[2] }
        throw PyError.make(py.ValueError, "\(name)() arg is an empty sequence")
    }
    var bestKey = a[1].isNone ? best : try a[1].call([best])
    for item in items.dropFirst() {
        let key = a[1].isNone ? item : try a[1].call([item])
        if try pick(key, bestKey) {
            best = item
            bestKey = key
        }
    }
    return best
}

/// `id(x)`: the object's address (made up and stable in the simulated runtime).
func pyId(_ object: PyObject) -> Int {
    guard let ref = object.ref else { return (try? pyHash(object)) ?? 0 }
    let world = Context.world
    return Int(bitPattern: world.modules.addresses.address(of: ref, madeUp: world.runtime.madeUpAddresses))
}

/// `round(number, ndigits)`: half to even, on the exact binary value (as CPython's correctly rounded repr).
func pyRound(_ number: PyObject, _ digits: PyObject) throws -> PyObject {
    switch number.storage {
    case .int, .bool:
        if digits.isNone { return PyObject(try number.asInt()) }
        let places = try digits.asInt()
        if places >= 0 { return PyObject(try number.asInt()) }
        let factor = try PyObject(10) ** PyObject(-places)
        let quotient = try floorDiv(number, factor)
        let remainder = try number % factor
        let twice = try remainder * 2
        var rounded = quotient
        if try pyLess(factor, twice) || (try pyEquals(twice, factor) && (try quotient % 2).intValue == 1) {
            rounded = try quotient + 1
        }
        return try rounded * factor
    case .float(let value):
        if digits.isNone {
            guard value.isFinite else {
                throw PyError.make(
                    value.isNaN ? py.ValueError : py.OverflowError,
                    value.isNaN ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer")
            }
            return PyObject(Int(value.rounded(.toNearestOrEven)))
        }
        let places = try digits.asInt()
        guard places >= 0, places < 300 else { return number }
        return PyObject(Double(Foundationless.format("%.\(places)f", value)) ?? value)
    default:
        if number.dunder("__round__") != nil {
            return try number.callSpecial("__round__", digits.isNone ? [] : [digits])
        }
        throw PyError.make(py.TypeError, "type \(number.typeName) doesn't define __round__ method")
    }
}
