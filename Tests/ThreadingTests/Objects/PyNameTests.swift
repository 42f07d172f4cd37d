import Testing
@testable import Threading

/// Names hashed once (`PyName`): a literal and the same text made at run time are one key in every table, and the
/// quicker attribute reads they allow find what CPython finds.
struct PyNameTests {
    @Test func aLiteralAndTheSameTextAreOneKey() {
        let literal: PyName = "task_done"
        let made = PyName(String(["task", "done"].joined(separator: "_")))
        #expect(literal == made)
        #expect(literal.hash == made.hash)
        for seed in [0, 1, -7, Int.max] { #expect(literal._rawHashValue(seed: seed) == made._rawHashValue(seed: seed)) }
        #expect(PyName("get") != PyName("put"))
        #expect(PyName("get").hash != PyName("put").hash)
        #expect(literal.description == "task_done")
        let table: [PyName: Int] = ["get": 1, "put": 2, "a_name_longer_than_fifteen_bytes": 3]
        #expect(table[PyName("put")] == 2)
        #expect(table[PyName("a_name_longer_than_fifteen_bytes")] == 3)
        #expect(table[PyName("join")] == nil)
    }

    /// A literal is made from the literal's bytes (no `String` first): the same text and hash as the name made from a
    /// `String`, for non-ASCII names and one-character names (whose literal is a single scalar) too.
    @Test func aLiteralMadeFromItsBytesIsTheNameOfItsText() {
        let names: [(PyName, String)] = [("x", "x"), ("naïve", "na" + "ïve"), ("größe_λ", "größe" + "_λ"), ("", "")]
        for (literal, text) in names {
            #expect(literal.text == text)
            #expect(literal == PyName(text))
            #expect(literal.hash == PyName(text).hash)
        }
    }

    @Test func attributesKeepTheirOrderWhateverTheKeyIsMadeOf() {
        let attributes = PyAttributes()
        attributes["b"] = PyObject(1)
        attributes[PyName("a")] = PyObject(2)
        attributes["c"] = PyObject(3)
        attributes[PyName("a")] = PyObject(4)
        #expect(attributes.names == ["b", "a", "c"])
        #expect(attributes["a"].map { $0.is(PyObject(4)) } == true)
        attributes["b"] = nil
        #expect(attributes.names == ["a", "c"])
        #expect(attributes[PyName("b")] == nil)
    }
}

/// An instance attribute shadows a builtin class's method of the same name, as in CPython (`queue.Queue` is a Python
/// class there, so `q.put = f` then `q.put(x)` calls `f(x)`), whether the method is read to be called at once
/// (`q.method.put(x)`) or as a value.
@Suite(.enabled(if: python3IsInstalled())) struct PyBuiltinMethodShadowingTests {
    @Test func anInstanceAttributeShadowsTheMethod() throws {
        try expectSameAsCPython(
            """
            import queue
            q = queue.Queue()
            q.put(1)
            q.put = lambda item: print("shadowed", item)
            q.put(2)
            f = q.put
            f(3)
            print(q.qsize(), q.get())
            del q.put
            q.put(4)
            print(q.qsize())
            """
        ) { src in
            let _ = src.globals()
            let queue = try py_import("queue")
            let q = try queue.Queue()
            try q.method.put(1)
            q.put = def("<lambda>", ["item"]) { a in try py.print("shadowed", a[0]) }
            try q.method.put(2)
            let f = try q.put
            try f(3)
            try py.print(q.method.qsize(), q.method.get())
            try q.deleteAttribute("put")
            try q.method.put(4)
            try py.print(q.method.qsize())
        }
    }
}
