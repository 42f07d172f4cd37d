import Threading

let pythonLines: [Int: String] = [3: "# Calls of attributes (x.name(...)) read the attribute as Python does, before the arguments, with no bound method made.", 4: "class Greeter:", 5: "    def __init__(self, name):", 6: "        self.name = name", 8: "    def greet(self, other, punctuation=\"!\"):", 9: "        return f\"{self.name} greets {other}{punctuation}\"", 11: "    @property", 12: "    def shout(self):", 13: "        return lambda text: text.upper()", 15: "    @classmethod", 16: "    def make(cls, name):", 17: "        return cls(name)", 19: "    @staticmethod", 20: "    def kind():", 21: "        return \"greeter\"", 23: "    def __getattr__(self, name):", 24: "        return lambda *args: f\"{name} is made up {args}\"", 27: "class Loud(Greeter):", 28: "    def greet(self, other, punctuation=\"!\"):", 29: "        return super().greet(other, punctuation).upper()", 32: "class Counted:", 33: "    reads = 0", 35: "    def __getattribute__(self, name):", 36: "        Counted.reads += 1", 37: "        return object.__getattribute__(self, name)", 39: "    def total(self, a, b, c):", 40: "        return a + b + c", 43: "def noisy(label):", 44: "    print(\"evaluated\", label)", 45: "    return label", 48: "g = Greeter(\"ann\")", 49: "print(g.greet(\"bob\"), g.greet(\"cy\", \"?\"), Loud(\"dee\").greet(\"eve\"))", 50: "print(g.shout(\"quiet\"), g.make(\"fay\").name, g.kind(), g.anything(1, 2))", 51: "g.greet = lambda other: f\"shadowed for {other}\"", 52: "print(g.greet(\"bob\"))", 53: "del g.greet", 54: "print(g.greet(\"bob\"))", 55: "c = Counted()", 56: "print(c.total(1, 2, 3), Counted.reads)", 57: "try:", 58: "    c.missing(noisy(\"argument\"))", 59: "except AttributeError as error:", 60: "    print(\"AttributeError before the argument:\", error)", 61: "method = g.greet", 62: "print(method(\"gus\"), method.__self__ is g, g.greet == g.greet, g.greet is g.greet)", 63: "items = []", 64: "items.append(noisy(1))", 65: "print(items, \"a-b\".split(\"-\"), \", \".join([\"x\", \"y\"]), {\"k\": 1}.get(\"k\"))", 66: "print({method: \"found\"}[g.greet], g.greet != g.greet, items.append == items.append)", 67: "import queue", 68: "q = queue.Queue()", 69: "number = 5", 70: "q.put(number)", 71: "q.put(\"two\", True)", 72: "q.get_nowait = lambda: \"shadowed\"", 73: "print(q.get(), q.get(False), q.get_nowait(), q.qsize(), g.greet(number), c.total(number, 1, 2))"]
let g = PyGlobals(file: "content/corpus.md", source: pythonLines)
// Calls of attributes (x.name(...)) read the attribute as Python does, before the arguments, with no bound method made.
try at(4); let Greeter = try pyclass("Greeter", bases: []) { Greeter in
    try at(5); Greeter.__init__ = def("__init__", ["self", "name"]) { arguments in
        let `self` = arguments[0]
        let name = arguments[1]
        try at(6); `self`.name = name
        return PyObject.None
    }
    try at(8); Greeter.greet = def("greet", ["self", "other", "punctuation="], defaults: ["!"]) { arguments in
        let `self` = arguments[0]
        let other = arguments[1]
        let punctuation = arguments[2]
        atLine(9); return try PyObject.fstring([`self`.name, " greets ", other, punctuation])
    }
    try at(12); Greeter.shout = try g.property(def("shout", ["self"]) { arguments in
        let `self` = arguments[0]
        atLine(13); return def("<lambda>", ["text"]) { arguments in let text = arguments[0]; return try text.callMethod("upper") }
    })
    try at(16); Greeter.make = try g.classmethod(def("make", ["cls", "name"]) { arguments in
        let cls = arguments[0]
        let name = arguments[1]
        atLine(17); return try cls(name)
    })
    try at(20); Greeter.kind = try g.staticmethod(def("kind", []) { _ in
        atLine(21); return "greeter"
    })
    try at(23); Greeter.__getattr__ = def("__getattr__", ["self", "name"]) { arguments in
        let `self` = arguments[0]
        let name = arguments[1]
        atLine(24); return def("<lambda>", ["*args"]) { arguments in let args = arguments[0]; return try PyObject.fstring([name, " is made up ", args]) }
    }
}
try at(27); let Loud = try pyclass("Loud", bases: [Greeter]) { Loud in
    try at(28); Loud.greet = def("greet", ["self", "other", "punctuation="], defaults: ["!"]) { arguments in
        let `self` = arguments[0]
        let other = arguments[1]
        let punctuation = arguments[2]
        atLine(29); return try py.super(Loud, `self`).callMethod("greet", other, punctuation).callMethod("upper")
    }
}
try at(32); g.Counted = try pyclass("Counted", bases: []) { Counted in
    try at(33); Counted.reads = 0
    try at(35); Counted.__getattribute__ = def("__getattribute__", ["self", "name"]) { arguments in
        let `self` = arguments[0]
        let name = arguments[1]
        try at(36); let object = try g.Counted
        try at(36); try object.reads = object.reads + 1
        try at(37); return try py.object.callMethod("__getattribute__", `self`, name)
    }
    try at(39); Counted.total = def("total", ["self", "a", "b", "c"]) { arguments in
        let `self` = arguments[0]
        let a = arguments[1]
        let b = arguments[2]
        let c = arguments[3]
        atLine(40); return try a + b + c
    }
}
try at(43); let noisy = def("noisy", ["label"]) { arguments in
    let label = arguments[0]
    atLine(44); try py.print("evaluated", label)
    atLine(45); return label
}
try at(48); let g_ = try Greeter("ann")
try at(49); try py.print(g_.callMethod("greet", "bob"), g_.callMethod("greet", "cy", "?"), Loud("dee").callMethod("greet", "eve"))
try at(50); try py.print(g_.callMethod("shout", "quiet"), g_.callMethod("make", "fay").name, g_.callMethod("kind"), g_.callMethod("anything", 1, 2))
try at(51); g_.greet = def("<lambda>", ["other"]) { arguments in let other = arguments[0]; return try PyObject.fstring(["shadowed for ", other]) }
try at(52); try py.print(g_.callMethod("greet", "bob"))
try at(53); try g_.deleteAttribute("greet")
try at(54); try py.print(g_.callMethod("greet", "bob"))
try at(55); let c = try g.Counted()
try at(56); try py.print(c.callMethod("total", 1, 2, 3), g.Counted.reads)
try at(57); do {
    try at(58); try c.method.missing(noisy("argument"))
} catch let raised as PyError {
    if raised.matches(py.AttributeError) {
        let error = raised.value
        try at(60); try py.print("AttributeError before the argument:", error)
    } else {
        throw raised
    }
}
try at(61); let method = try g_.greet
try at(62); try py.print(method("gus"), PyObject(method.__self__.is(g_)), g_.greet == g_.greet, PyObject(g_.greet.is(g_.greet)))
try at(63); let items = PyObject.list([])
try at(64); try items.method.append(noisy(1))
try at(65); try py.print(items, PyObject("a-b").callMethod("split", "-"), PyObject(", ").method.join(PyObject.list(["x", "y"])), PyObject.dict([("k", 1)]).callMethod("get", "k"))
try at(66); try py.print(PyObject.dict([(method, "found")])[g_.greet], g_.greet != g_.greet, items.append == items.append)
try at(67); let queue = try py_import("queue")
try at(68); let q = try queue.callMethod("Queue")
try at(69); let number: PyObject = 5
try at(70); try q.callMethod("put", number)
try at(71); try q.callMethod("put", "two", true)
try at(72); q.get_nowait = def("<lambda>", []) { _ in return "shadowed" }
try at(73); try py.print(q.callMethod("get"), q.callMethod("get", false), q.callMethod("get_nowait"), q.callMethod("qsize"), g_.callMethod("greet", number), c.callMethod("total", number, 1, 2))
