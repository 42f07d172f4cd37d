/// The Python script docgen carries to parse cells with CPython's own parser: it reads a JSON array of sources on
/// stdin and prints `{"executable": sys.executable, "results": [result…]}` (the interpreter that ran, for
/// `PythonInterpreter`), a result for each source: `{"body": [node…], "comments": [[line, column, text]…]}` or
/// `{"error": [line, column, message]}` for a `SyntaxError`. A node is `{"_": type, "@": [line, column, end line],
/// field: value…}` as `ast` names them; a `Constant`'s value is `{"t": kind, "v": text}` (ints and floats as their
/// `str`/`repr`, so no precision is lost). Comments come from `tokenize`. The answer is written in one `write`:
/// `json.dump` writes every token on its own, which under `PYTHONUNBUFFERED=1` (set in many CI and container
/// environments) made one system call and one wake-up of docgen's reader per token, 120,000 for the tutorial's cells.
enum PythonASTScript {
    static let source = #"""
        import ast, io, json, sys, tokenize

        def node(n):
            if isinstance(n, ast.AST):
                d = {"_": type(n).__name__}
                if hasattr(n, "lineno"):
                    d["@"] = [n.lineno, n.col_offset, getattr(n, "end_lineno", n.lineno) or n.lineno]
                for f, v in ast.iter_fields(n):
                    if f == "type_comment" or (f == "kind" and isinstance(n, ast.Constant)):
                        continue
                    d[f] = node(v)
                if isinstance(n, ast.Constant):
                    v = n.value
                    d["value"] = (
                        {"t": "None"} if v is None else
                        {"t": "bool", "v": "True" if v else "False"} if isinstance(v, bool) else
                        {"t": "int", "v": str(v)} if isinstance(v, int) else
                        {"t": "float", "v": repr(v)} if isinstance(v, float) else
                        {"t": "str", "v": v} if isinstance(v, str) else
                        {"t": type(v).__name__})
                return d
            if isinstance(n, list):
                return [node(x) for x in n]
            return n

        def parse(source):
            try:
                tree = ast.parse(source)
            except SyntaxError as e:
                return {"error": [e.lineno or 1, e.offset or 0, e.msg]}
            comments = []
            try:
                for t in tokenize.generate_tokens(io.StringIO(source).readline):
                    if t.type == tokenize.COMMENT:
                        comments.append([t.start[0], t.start[1], t.string])
            except (tokenize.TokenError, SyntaxError):
                pass
            return {"body": node(tree.body), "comments": comments}

        results = [parse(s) for s in json.load(sys.stdin)]
        sys.stdout.write(json.dumps({"executable": sys.executable, "results": results}, ensure_ascii=False))
        sys.stdout.flush()
        """#
}
