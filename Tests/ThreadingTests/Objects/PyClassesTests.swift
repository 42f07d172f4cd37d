import Testing
import Threading

/// Classes: attributes, methods, inheritance, super, dunders, properties, total_ordering and dataclasses, as python3.
@Suite(.enabled(if: python3IsInstalled())) struct PyClassesTests {
    @Test func classesWithInheritanceAndDunders() throws {
        try expectSameAsCPython(
            """
            class Animal:
                count = 0
                def __init__(self, name):
                    self.name = name
                    Animal.count += 1
                def speak(self):
                    return f"{self.name} makes a sound"
                def __repr__(self):
                    return f"Animal({self.name!r})"
            class Dog(Animal):
                def __init__(self, name, breed):
                    super().__init__(name)
                    self.breed = breed
                def speak(self):
                    return super().speak() + " (woof)"
                def __str__(self):
                    return f"{self.name} the {self.breed}"
            d = Dog("Rex", "collie")
            a = Animal("Tom")
            print(d.speak(), a.speak(), Animal.count, isinstance(d, Animal), isinstance(a, Dog))
            print(str(d), repr(a), [a, d], type(d).__name__, Dog.__mro__[1].__name__)
            try:
                d.missing
            except AttributeError as e:
                print(e)
            try:
                Dog("x")
            except TypeError as e:
                print(e)
            """
        ) { src in
            let g = src.globals()
            g.Animal = try pyclass("Animal", bases: []) { Animal in
                Animal.count = 0
                Animal.__init__ = def("__init__", ["self", "name"]) { a in
                    a[0].name = a[1]
                    Animal.count = try Animal.count + 1
                    return .None
                }
                Animal.speak = def("speak", ["self"]) { a in
                    try PyObject.fstring([py.format(a[0].name, ""), " makes a sound"])
                }
                Animal.__repr__ = def("__repr__", ["self"]) { a in
                    try PyObject.fstring(["Animal(", py.format(py.repr(a[0].name), ""), ")"])
                }
            }
            g.Dog = try pyclass("Dog", bases: [g.Animal]) { Dog in
                Dog.__init__ = def("__init__", ["self", "name", "breed"]) { a in
                    try py.super(Dog, a[0]).__init__(a[1])
                    a[0].breed = a[2]
                    return .None
                }
                Dog.speak = def("speak", ["self"]) { a in try py.super(Dog, a[0]).speak() + " (woof)" }
                Dog.__str__ = def("__str__", ["self"]) { a in
                    try PyObject.fstring([py.format(a[0].name, ""), " the ", py.format(a[0].breed, "")])
                }
            }
            g.d = try g.Dog("Rex", "collie")
            g.a = try g.Animal("Tom")
            try py.print(
                g.d.speak(), g.a.speak(), g.Animal.count, py.isinstance(g.d, g.Animal), py.isinstance(g.a, g.Dog))
            try py.print(
                py.str(g.d), py.repr(g.a), PyObject.list([try g.a, try g.d]), py.type(g.d).__name__,
                g.Dog.__mro__[1].__name__)
            do { _ = try g.d.missing } catch let e as PyError where e.matches(py.AttributeError) {
                try py.print(e.value)
            }
            do { try g.Dog("x") } catch let e as PyError where e.matches(py.TypeError) { try py.print(e.value) }
        }
    }

    @Test func totalOrderingDataclassesAndProperties() throws {
        try expectSameAsCPython(
            """
            import functools
            from dataclasses import dataclass, field
            @functools.total_ordering
            class Version:
                def __init__(self, major):
                    self.major = major
                def __eq__(self, other):
                    return self.major == other.major
                def __lt__(self, other):
                    return self.major < other.major
            print(Version(1) < Version(2), Version(3) >= Version(2), Version(2) <= Version(2), Version(1) > Version(1))
            @dataclass(order=True)
            class Job:
                priority: int
                name: str = "job"
                tags: list = field(default_factory=list)
            j = Job(2, "b")
            print(j, Job(1) < j, j == Job(2, "b"), sorted([Job(3), Job(1, "a")]))
            @dataclass(frozen=True)
            class Point:
                x: int
                y: int
            p = Point(1, 2)
            print(p, {p: "origin"}[Point(1, 2)], hash(p) == hash(Point(1, 2)))
            try:
                p.x = 5
            except Exception as e:
                print(type(e).__name__, e)
            class Temperature:
                def __init__(self):
                    self._c = 0
                @property
                def celsius(self):
                    return self._c
                @celsius.setter
                def celsius(self, value):
                    self._c = value
                @staticmethod
                def unit():
                    return "C"
                @classmethod
                def make(cls):
                    return cls()
            t = Temperature.make()
            t.celsius = 21
            print(t.celsius, Temperature.unit(), t.unit())
            """
        ) { src in
            let g = src.globals()
            g.functools = try py_import("functools")
            g.dataclass = try py_import("dataclasses").dataclass
            g.field = try py_import("dataclasses").field
            g.Version = try g.functools.total_ordering(
                pyclass("Version", bases: []) { Version in
                    Version.__init__ = def("__init__", ["self", "major"]) { a in
                        a[0].major = a[1]
                        return .None
                    }
                    Version.__eq__ = def("__eq__", ["self", "other"]) { a in try a[0].major == a[1].major }
                    Version.__lt__ = def("__lt__", ["self", "other"]) { a in try a[0].major < a[1].major }
                })
            try py.print(
                g.Version(1) < g.Version(2), g.Version(3) >= g.Version(2), g.Version(2) <= g.Version(2),
                g.Version(1) > g.Version(1))
            g.Job = try g.dataclass(order: true)(
                pyclass("Job", bases: []) { Job in
                    Job.__annotations__ = try PyObject.dict([("priority", py.int), ("name", py.str), ("tags", py.list)])
                    Job.name = "job"
                    Job.tags = try g.field(default_factory: py.list)
                })
            g.j = try g.Job(2, "b")
            try py.print(g.j, g.Job(1) < g.j, g.j == g.Job(2, "b"), py.sorted([try g.Job(3), try g.Job(1, "a")]))
            g.Point = try g.dataclass(
                pyclass("Point", bases: []) { Point in
                    Point.__annotations__ = try PyObject.dict([("x", py.int), ("y", py.int)])
                })
            g.Point = try g.dataclass(frozen: true)(
                pyclass("Point", bases: []) { Point in
                    Point.__annotations__ = try PyObject.dict([("x", py.int), ("y", py.int)])
                })
            g.p = try g.Point(1, 2)
            try py.print(
                g.p, PyObject.dict([(try g.p, "origin")])[g.Point(1, 2)], py.hash(g.p) == py.hash(g.Point(1, 2)))
            do { try g.p.setAttribute("x", 5) } catch let e as PyError where e.matches(py.Exception) {
                try py.print(py.type(e.value).__name__, e.value)
            }
            g.Temperature = try pyclass("Temperature", bases: []) { Temperature in
                Temperature.__init__ = def("__init__", ["self"]) { a in
                    a[0]._c = 0
                    return .None
                }
                Temperature.celsius = try py.property(def("celsius", ["self"]) { a in try a[0]._c })
                Temperature.celsius = try Temperature.celsius.setter(
                    def("celsius", ["self", "value"]) { a in
                        a[0]._c = a[1]
                        return .None
                    })
                Temperature.unit = try py.staticmethod(def("unit", []) { _ in "C" })
                Temperature.make = try py.classmethod(def("make", ["cls"]) { a in try a[0]() })
            }
            g.t = try g.Temperature.make()
            try g.t.celsius = 21
            try py.print(g.t.celsius, g.Temperature.unit(), g.t.unit())
        }
    }
}
