/// The `itertools` module for translated code: `count`, `cycle`, `repeat`, `islice`, `chain`. Each iterator's state
/// is guarded by `PyLock`, so threads may share one (`next(counter)` from several threads gives distinct numbers,
/// as CPython's `count` does).
enum PyItertoolsModule {
    static func make() -> PyObject { template.instantiate() }

    private static let template = PyModuleTemplate(name: "itertools") { module in
        module.function("count", ["start=", "step="], defaults: [0, 1]) { a in
            var current = a[0]
            let step = a[1]
            return iterator("count") {
                let value = PyLock.withLock { current }
                let following = try value + step
                PyLock.withLock { current = following }
                return value
            }
        }
        module.function("cycle", ["iterable", "/"]) { a in
            let source = try a[0].iterator()
            var saved: [PyObject] = []
            var position: Int?
            return iterator("cycle") {
                if PyLock.withLock({ position == nil }), let item = try source.nextItem() {
                    PyLock.withLock { saved.append(item) }
                    return item
                }
                return PyLock.withLock {
                    guard !saved.isEmpty else { return nil }
                    let index = (position ?? -1) + 1
                    position = index % saved.count
                    return saved[position!]
                }
            }
        }
        module.function("repeat", ["object", "times="], defaults: [.None]) { a in
            let object = a[0]
            var remaining: Int? = a[1].isNone ? nil : max(0, try a[1].asInt())
            return iterator("repeat") {
                PyLock.withLock {
                    guard let left = remaining else { return object }
                    guard left > 0 else { return nil }
                    remaining = left - 1
                    return object
                }
            }
        }
        module.function("islice", ["iterable", "*args"]) { a in
            let bounds = try a[1].items()
            guard (1...3).contains(bounds.count) else {
                throw PyError.make(py.TypeError, "islice expected at most 4 arguments, got \(bounds.count + 1)")
            }
            func index(_ value: PyObject, _ what: String) throws -> Int? {
                if value.isNone { return nil }
                guard let number = try? value.asInt(), number >= 0 else {
                    throw PyError.make(
                        py.ValueError,
                        "\(what) argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
                }
                return number
            }
            let start = bounds.count == 1 ? 0 : try index(bounds[0], "Indices") ?? 0
            let stop = try index(bounds.count == 1 ? bounds[0] : bounds[1], "Stop")
            let step = bounds.count == 3 ? try index(bounds[2], "Step") ?? 1 : 1
            if step == 0 {
                throw PyError.make(
                    py.ValueError, "Step for islice() must be a positive integer or None.")
            }
            let source = try a[0].iterator()
            var consumed = 0
            var next = start
            return iterator("islice") {
                while true {
                    let (position, target) = PyLock.withLock { (consumed, next) }
                    if let stop, target >= stop || position >= stop { return nil }
                    guard let item = try source.nextItem() else { return nil }
                    let taken: Bool = PyLock.withLock {
                        consumed += 1
                        guard position == target else { return false }
                        next += step
                        return true
                    }
                    if taken { return item }
                }
            }
        }
        module.function("chain", ["*iterables"]) { a in
            var pending = try a[0].items()[...]
            var current: PyObject?
            return iterator("chain") {
                while true {
                    if let iterator = PyLock.withLock({ current }), let item = try iterator.nextItem() { return item }
                    guard let following = PyLock.withLock({ pending.popFirst() }) else { return nil }
                    let iterator = try following.iterator()
                    PyLock.withLock { current = iterator }
                }
            }
        }
    }

    private static func iterator(_ name: String, _ next: @escaping () throws -> PyObject?) -> PyObject {
        PyObject(ref: PyIterator(name, next))
    }
}
