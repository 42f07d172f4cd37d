import Threading

let pythonLines: [Int: String] = [3: "import random", 5: "random.seed(42)", 6: "print(random.randint(1, 100), random.random(), random.choice(\"abcdef\"), random.uniform(1, 2))", 7: "items = list(range(8))", 8: "random.shuffle(items)", 9: "print(items, random.sample(range(100), 3), random.randrange(0, 50, 5))"]
_ = PyGlobals(file: "content/corpus.md", source: pythonLines)
atLine(3); let random = try py_import("random")
atLine(5); try random.callMethod("seed", 42)
atLine(6); try py.print(random.callMethod("randint", 1, 100), random.callMethod("random"), random.callMethod("choice", "abcdef"), random.callMethod("uniform", 1, 2))
atLine(7); let items = try py.list(py.range(8))
atLine(8); try random.callMethod("shuffle", items)
atLine(9); try py.print(items, random.method.sample(py.range(100), 3), random.callMethod("randrange", 0, 50, 5))
