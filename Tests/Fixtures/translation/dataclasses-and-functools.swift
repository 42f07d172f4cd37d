import Threading

let pythonLines: [Int: String] = [3: "import dataclasses", 4: "import functools", 5: "from dataclasses import dataclass, field", 8: "@dataclass", 9: "class Task:", 10: "    name: str", 11: "    priority: int = 0", 12: "    tags: list = field(default_factory=list)", 15: "@dataclass(order=True)", 16: "class Job:", 17: "    priority: int", 18: "    name: str = field(compare=False)", 21: "task = Task(\"write\")", 22: "task.tags.append(\"docs\")", 23: "print(task, Task(\"x\", 2) == Task(\"x\", 2), dataclasses.asdict(task))", 24: "print(sorted([Job(3, \"c\"), Job(1, \"a\"), Job(2, \"b\")]))", 27: "def power(base, exponent):", 28: "    return base ** exponent", 31: "square = functools.partial(power, exponent=2)", 32: "print(square(7), functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]))", 35: "def logged(function):", 36: "    @functools.wraps(function)", 37: "    def wrapper(*args, **kwargs):", 38: "        print(\"calling\", function.__name__, args, kwargs)", 39: "        return function(*args, **kwargs)", 41: "    return wrapper", 44: "@logged", 45: "def add(a, b=1):", 46: "    return a + b", 49: "print(add(2, b=3), add.__name__)"]
_ = PyGlobals(file: "content/corpus.md", source: pythonLines)
atLine(3); let dataclasses = try py_import("dataclasses")
atLine(4); let functools = try py_import("functools")
atLine(5); let dataclass = try py_import("dataclasses").dataclass
atLine(5); let field = try py_import("dataclasses").field
atLine(9); let Task = try dataclass(pyclass("Task", bases: []) { Task in
    try Task.__annotations__ = PyObject.dict([("name", "str"), ("priority", "int"), ("tags", "list")])
    try at(11); Task.priority = 0
    try at(12); Task.tags = try field(default_factory: py.list)
})
atLine(16); let Job = try dataclass(order: true)(pyclass("Job", bases: []) { Job in
    try Job.__annotations__ = PyObject.dict([("priority", "int"), ("name", "str")])
    try at(18); Job.name = try field(compare: false)
})
atLine(21); let task = try Task("write")
atLine(22); try task.tags.callMethod("append", "docs")
atLine(23); try py.print(task, Task("x", 2) == Task("x", 2), dataclasses.callMethod("asdict", task))
atLine(24); try py.print(py.sorted(PyObject.list([Job(3, "c"), Job(1, "a"), Job(2, "b")])))
atLine(27); let power = def("power", ["base", "exponent"]) { arguments in
    let base = arguments[0]
    let exponent = arguments[1]
    atLine(28); return try pow(base, exponent)
}
atLine(31); let square = try functools.partial(power, exponent: 2)
atLine(32); try py.print(square(7), functools.method.reduce(def("<lambda>", ["a", "b"]) { arguments in let a = arguments[0]; let b = arguments[1]; return try a * b }, PyObject.list([1, 2, 3, 4])))
atLine(35); let logged = def("logged", ["function"]) { arguments in
    let function = arguments[0]
    atLine(37); let wrapper = try functools.callMethod("wraps", function)(def("wrapper", ["*args", "**kwargs"]) { arguments in
        let args = arguments[0]
        let kwargs = arguments[1]
        atLine(38); try py.print("calling", function.__name__, args, kwargs)
        atLine(39); return try function.call(PyStar(args), kwargs: PyStarStar(kwargs))
    })
    atLine(41); return wrapper
}
atLine(45); let add = try logged(def("add", ["a", "b="], defaults: [1]) { arguments in
    let a = arguments[0]
    let b = arguments[1]
    atLine(46); return try a + b
})
atLine(49); try py.print(add(2, b: 3), add.__name__)
