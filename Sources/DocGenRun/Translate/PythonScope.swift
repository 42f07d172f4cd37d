/// What one Python scope (the module, a `def`, a `lambda`, a `class` body) binds and uses, found by a walk over its
/// statements before any Swift is written (as py2many's scope passes do). Comprehensions are no scope of their own
/// here: their loop variables become Swift closure parameters, the rest of their names are the enclosing scope's.
final class PythonScope {
    enum Kind { case module, function, classBody }

    /// Where a name is bound: the statement's lines, how deep in blocks it sits, and how.
    struct Binding {
        enum How { case assign, augmented, forTarget, withTarget, exceptTarget, importName, definition, delete }
        var line: Int
        var endLine: Int
        /// 0 directly in the scope's body, 1 inside one `if`/`for`/`while`/`try`/`with` block, …
        var depth: Int
        var how: How
        /// For loop, `with` and `except` targets: the lines of the statement or handler whose block it is.
        var blockLines: ClosedRange<Int>?
        /// The lines of the statement list the binding statement is in (its first statement to its last line).
        var enclosingBlock: ClosedRange<Int> = 0...0
    }

    let kind: Kind
    /// The first and last line of the scope's node (the module: all).
    let lines: ClosedRange<Int>
    weak var parent: PythonScope?
    var children: [PythonScope] = []
    var parameters: [String] = []
    var globals: Set<String> = []
    var nonlocals: Set<String> = []
    /// Bindings in order of appearance.
    var bindings: [String: [Binding]] = [:]
    /// Lines where each name is read or written in this scope itself (not in nested scopes).
    var uses: [String: [Int]] = [:]
    /// Names first seen in order, so that declarations come out in a stable order.
    var order: [String] = []

    init(kind: Kind, lines: ClosedRange<Int>, parent: PythonScope?) {
        self.kind = kind
        self.lines = lines
        self.parent = parent
    }

    /// The names local to this scope: parameters and bound names not declared `global` or `nonlocal`.
    lazy var locals: Set<String> = Set(parameters).union(bindings.keys).subtracting(globals).subtracting(nonlocals)

    /// Names this scope or a scope nested in it uses without binding them: free variables, resolved outside.
    lazy var freeNames: Set<String> = {
        var free = Set(uses.keys).union(nonlocals).subtracting(locals).subtracting(globals)
        for child in children {
            // A class body's names are not visible to its methods.
            free.formUnion(kind == .classBody ? child.freeNames : child.freeNames.subtracting(locals))
        }
        return free
    }()

    /// Names declared `global` here or in any nested scope.
    lazy var globalsAnywhere: Set<String> = children.reduce(globals) { $0.union($1.globalsAnywhere) }

    /// The first line of a nested scope that uses `name` of this scope, or nil when none does.
    func firstNestedUse(of name: String) -> Int? {
        children.filter { $0.freeNames.contains(name) || $0.globalsAnywhere.contains(name) }.map(\.lines.lowerBound)
            .min()
    }

    func noteUse(_ name: String, line: Int) {
        if uses[name] == nil, bindings[name] == nil { order.append(name) }
        uses[name, default: []].append(line)
    }

    func noteBinding(_ name: String, _ binding: Binding) {
        if uses[name] == nil, bindings[name] == nil { order.append(name) }
        bindings[name, default: []].append(binding)
        uses[name, default: []].append(binding.line)
    }
}
