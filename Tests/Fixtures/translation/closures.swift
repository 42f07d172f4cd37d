import Threading

let pythonLines: [Int: String] = [3: "def make_counter():", 4: "    count = 0", 6: "    def increment():", 7: "        nonlocal count", 8: "        count += 1", 9: "        return count", 11: "    return increment", 14: "counter = make_counter()", 15: "counter()", 16: "counter()", 17: "print(counter())"]
_ = PyGlobals(file: "content/corpus.md", source: pythonLines)
atLine(3); let make_counter = def("make_counter", []) { _ in
    let count = PyCell()
    atLine(4); count.value = 0
    atLine(6); let increment = def("increment", []) { _ in
        // nonlocal count
        atLine(8); count.value = try count.value + 1
        atLine(9); return try count.value
    }
    atLine(11); return increment
}
atLine(14); let counter = try make_counter()
atLine(15); try counter()
atLine(16); try counter()
atLine(17); try py.print(counter())
