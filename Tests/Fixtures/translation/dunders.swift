import Threading

let pythonLines: [Int: String] = [3: "import functools", 6: "@functools.total_ordering", 7: "class Version:", 8: "    def __init__(self, major, minor=0):", 9: "        self.major = major", 10: "        self.minor = minor", 12: "    def __eq__(self, other):", 13: "        return (self.major, self.minor) == (other.major, other.minor)", 15: "    def __lt__(self, other):", 16: "        return (self.major, self.minor) < (other.major, other.minor)", 18: "    def __repr__(self):", 19: "        return f\"Version({self.major}, {self.minor})\"", 21: "    def __str__(self):", 22: "        return f\"{self.major}.{self.minor}\"", 25: "class Shelf:", 26: "    kind = \"shelf\"", 28: "    def __init__(self, *books):", 29: "        self.books = list(books)", 31: "    def __len__(self):", 32: "        return len(self.books)", 34: "    def __contains__(self, book):", 35: "        return book in self.books", 37: "    def __enter__(self):", 38: "        print(\"enter\", self.kind)", 39: "        return self", 41: "    def __exit__(self, exc_type, exc, tb):", 42: "        print(\"exit\", exc_type.__name__ if exc_type else None)", 43: "        return True", 46: "class Bookcase(Shelf):", 47: "    kind = \"bookcase\"", 49: "    def __init__(self, *books):", 50: "        super().__init__(*books)", 51: "        self.books.sort()", 53: "    def __len__(self):", 54: "        return super().__len__() * 10", 57: "versions = [Version(2), Version(1, 5), Version(1)]", 58: "print(sorted(versions), max(versions), Version(1) <= Version(1, 1), Version(3) >= Version(2, 9), str(versions[0]))", 59: "print(Version(1) != Version(1, 0), Version(2) > Version(1, 9))", 60: "with Bookcase(\"b\", \"a\") as case:", 61: "    print(len(case), \"a\" in case, case.books, case.kind, Shelf.kind, isinstance(case, Shelf))", 62: "    raise KeyError(\"swallowed\")", 63: "print(\"after with\")"]
_ = PyGlobals(file: "content/corpus.md", source: pythonLines)
atLine(3); let functools = try py_import("functools")
atLine(7); let Version = try functools.total_ordering(pyclass("Version", bases: []) { Version in
    try at(8); Version.__init__ = def("__init__", ["self", "major", "minor="], defaults: [0]) { arguments in
        let `self` = arguments[0]
        let major = arguments[1]
        let minor = arguments[2]
        try at(9); `self`.major = major
        try at(10); `self`.minor = minor
        return PyObject.None
    }
    try at(12); Version.__eq__ = def("__eq__", ["self", "other"]) { arguments in
        let `self` = arguments[0]
        let other = arguments[1]
        atLine(13); return try PyObject.tuple([`self`.major, `self`.minor]) == PyObject.tuple([other.major, other.minor])
    }
    try at(15); Version.__lt__ = def("__lt__", ["self", "other"]) { arguments in
        let `self` = arguments[0]
        let other = arguments[1]
        atLine(16); return try PyObject.tuple([`self`.major, `self`.minor]) < PyObject.tuple([other.major, other.minor])
    }
    try at(18); Version.__repr__ = def("__repr__", ["self"]) { arguments in
        let `self` = arguments[0]
        atLine(19); return try PyObject.fstring(["Version(", `self`.major, ", ", `self`.minor, ")"])
    }
    try at(21); Version.__str__ = def("__str__", ["self"]) { arguments in
        let `self` = arguments[0]
        atLine(22); return try PyObject.fstring([`self`.major, ".", `self`.minor])
    }
})
atLine(25); let Shelf = try pyclass("Shelf", bases: []) { Shelf in
    try at(26); Shelf.kind = "shelf"
    try at(28); Shelf.__init__ = def("__init__", ["self", "*books"]) { arguments in
        let `self` = arguments[0]
        let books = arguments[1]
        try at(29); try `self`.books = py.list(books)
        return PyObject.None
    }
    try at(31); Shelf.__len__ = def("__len__", ["self"]) { arguments in
        let `self` = arguments[0]
        atLine(32); return try py.len(`self`.books)
    }
    try at(34); Shelf.__contains__ = def("__contains__", ["self", "book"]) { arguments in
        let `self` = arguments[0]
        let book = arguments[1]
        atLine(35); return try contains(`self`.books, book)
    }
    try at(37); Shelf.__enter__ = def("__enter__", ["self"]) { arguments in
        let `self` = arguments[0]
        atLine(38); try py.print("enter", `self`.kind)
        atLine(39); return `self`
    }
    try at(41); Shelf.__exit__ = def("__exit__", ["self", "exc_type", "exc", "tb"]) { arguments in
        let `self` = arguments[0]
        let exc_type = arguments[1]
        let exc = arguments[2]
        let tb = arguments[3]
        atLine(42); try py.print("exit", (exc_type.isTrue ? exc_type.__name__ : PyObject.None))
        atLine(43); return true
    }
}
atLine(46); let Bookcase = try pyclass("Bookcase", bases: [Shelf]) { Bookcase in
    try at(47); Bookcase.kind = "bookcase"
    try at(49); Bookcase.__init__ = def("__init__", ["self", "*books"]) { arguments in
        let `self` = arguments[0]
        let books = arguments[1]
        atLine(50); try py.super(Bookcase, `self`).__init__.call(PyStar(books), kwargs: [])
        atLine(51); try `self`.books.callMethod("sort")
        return PyObject.None
    }
    try at(53); Bookcase.__len__ = def("__len__", ["self"]) { arguments in
        let `self` = arguments[0]
        atLine(54); return try py.super(Bookcase, `self`).callMethod("__len__") * 10
    }
}
atLine(57); let versions = try PyObject.list([Version(2), Version(1, 5), Version(1)])
atLine(58); try py.print(py.sorted(versions), py.max(versions), Version(1) <= Version(1, 1), Version(3) >= Version(2, 9), py.str(versions[0]))
atLine(59); try py.print(Version(1) != Version(1, 0), Version(2) > Version(1, 9))
atLine(60); try with(Bookcase("b", "a")) { `case` in
    atLine(61); try py.print(py.len(`case`), contains(`case`, "a"), `case`.books, `case`.kind, Shelf.kind, py.isinstance(`case`, Shelf))
    atLine(62); throw try PyError(py.KeyError("swallowed"))
}
atLine(63); try py.print("after with")
