import Threading

let pythonLines: [Int: String] = [3: "name = \"docgen\"", 4: "count = 3", 5: "ratio = 2 / 3", 6: "print(\"%s has %d cells, %.2f done, %5s|%-5s|%03d\" % (name, count, ratio, \"r\", \"l\", 7))", 7: "print(\"%r and %%\" % name)", 8: "print(\"{} has {} cells\".format(name, count), \"{0}-{1}-{0}\".format(\"a\", \"b\"), \"{n:>8}\".format(n=name))", 9: "print(f\"{name!r:>10} {count:04d} {ratio:.3f} {ratio:.1%} {count * 2 = }\")", 10: "print(f\"{'centred':^11}|{1234567:,}|{255:x}|{255:#o}|{3.5:e}\")", 11: "print(name.upper(), name.title(), name.capitalize(), \"  padded  \".strip(), \"x-y-z\".split(\"-\"))", 12: "print(\"-\".join([\"a\", \"b\", \"c\"]), \"banana\".count(\"a\"), \"banana\".find(\"n\"), \"banana\".replace(\"an\", \"AN\", 1))", 13: "print(name.startswith(\"doc\"), name.endswith(\"x\"), \"42\".isdigit(), \"abc\".isalpha(), \"ab\".ljust(4, \".\"), \"7\".zfill(3))", 14: "print(name[0], name[-1], name[1:4], name[::-1], name * 2, len(name), \"gen\" in name)", 15: "print(repr(\"it's\"), repr('say \"hi\"'), str(3.0), str(True), int(\"12\") + 1, float(\"1.5\"), str(None))", 16: "print(\"a,b,,c\".split(\",\"), \"one two  three\".split(), \"line\\nnext\".splitlines(), \"x\".join(\"abc\"))"]
_ = PyGlobals(file: "content/corpus.md", source: pythonLines)
atLine(3); let name: PyObject = "docgen"
atLine(4); let count: PyObject = 3
atLine(5); let ratio: PyObject = try 2 / PyObject(3)
atLine(6); try py.print("%s has %d cells, %.2f done, %5s|%-5s|%03d" % PyObject.tuple([name, count, ratio, "r", "l", 7]))
atLine(7); try py.print("%r and %%" % name)
atLine(8); try py.print(PyObject("{} has {} cells").callMethod("format", name, count), PyObject("{0}-{1}-{0}").callMethod("format", "a", "b"), PyObject("{n:>8}").format(n: name))
atLine(9); try py.print(PyObject.fstring([py.format(py.repr(name), ">10"), " ", py.format(count, "04d"), " ", py.format(ratio, ".3f"), " ", py.format(ratio, ".1%"), " count * 2 = ", py.repr(count * 2)]))
atLine(10); try py.print(PyObject.fstring([py.format("centred", "^11"), "|", py.format(1234567, ","), "|", py.format(255, "x"), "|", py.format(255, "#o"), "|", py.format(3.5, "e")]))
atLine(11); try py.print(name.callMethod("upper"), name.callMethod("title"), name.callMethod("capitalize"), PyObject("  padded  ").callMethod("strip"), PyObject("x-y-z").callMethod("split", "-"))
atLine(12); try py.print(PyObject("-").method.join(PyObject.list(["a", "b", "c"])), PyObject("banana").callMethod("count", "a"), PyObject("banana").callMethod("find", "n"), PyObject("banana").callMethod("replace", "an", "AN", 1))
atLine(13); try py.print(name.callMethod("startswith", "doc"), name.callMethod("endswith", "x"), PyObject("42").callMethod("isdigit"), PyObject("abc").callMethod("isalpha"), PyObject("ab").callMethod("ljust", 4, "."), PyObject("7").callMethod("zfill", 3))
atLine(14); try py.print(name[0], name[-1], name[PyObject.slice(1, 4, PyObject.None)], name[PyObject.slice(PyObject.None, PyObject.None, -1)], name * 2, py.len(name), contains(name, "gen"))
atLine(15); try py.print(py.repr("it's"), py.repr("say \"hi\""), py.str(3.0), py.str(true), py.int("12") + 1, py.float("1.5"), py.str(PyObject.None))
atLine(16); try py.print(PyObject("a,b,,c").callMethod("split", ","), PyObject("one two  three").callMethod("split"), PyObject("line\nnext").callMethod("splitlines"), PyObject("x").callMethod("join", "abc"))
