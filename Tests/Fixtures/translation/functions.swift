import Threading

let pythonLines: [Int: String] = [3: "def greet(name, greeting=\"hello\", *rest, punctuation=\"!\", **extra):", 4: "    \"\"\"Say hello.\"\"\"", 5: "    return f\"{greeting}, {name}{punctuation}\"", 8: "def fib(n):", 9: "    if n < 2:", 10: "        return n", 11: "    return fib(n - 1) + fib(n - 2)", 14: "square = lambda x: x * x", 15: "print(greet(\"world\"))", 16: "print(greet(\"you\", greeting=\"hi\", punctuation=\"?\"))", 17: "print(fib(10), square(7))", 18: "args = [\"a\", \"b\"]", 19: "print(*args, sep=\"-\")"]
let g = PyGlobals(file: "content/corpus.md", source: pythonLines)
atLine(3); let greet = def("greet", ["name", "greeting=", "*rest", "punctuation=", "**extra"], defaults: ["hello", "!"]) { arguments in
    let name = arguments[0]
    let greeting = arguments[1]
    let rest = arguments[2]
    let punctuation = arguments[3]
    let extra = arguments[4]
    // """Say hello."""
    atLine(5); return try PyObject.fstring([greeting, ", ", name, punctuation])
}
atLine(8); g.fib = def("fib", ["n"]) { arguments in
    let n = arguments[0]
    atLine(9); if try (n < 2).isTrue {
        atLine(10); return n
    }
    atLine(11); return try g.fib(n - 1) + g.fib(n - 2)
}
atLine(14); let square = def("<lambda>", ["x"]) { arguments in let x = arguments[0]; return try x * x }
atLine(15); try py.print(greet("world"))
atLine(16); try py.print(greet("you", greeting: "hi", punctuation: "?"))
atLine(17); try py.print(g.fib(10), square(7))
atLine(18); let args = PyObject.list(["a", "b"])
atLine(19); try py.print.call(PyStar(args), kwargs: [("sep", "-")])
