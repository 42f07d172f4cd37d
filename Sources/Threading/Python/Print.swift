/// Python's `print`: writes the items' `str()` joined by `separator` to stdout, recorded as output of the calling
/// thread. Shadows Swift's `print` in files that import `Threading`.
public func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    let world = Context.world
    world.write(items.map { str($0, plain: world.plainTypes) }.joined(separator: separator) + terminator, to: .stdout)
}

/// Python's `print(..., file=sys.stderr)`: the same, to the given stream.
public func print(_ items: Any..., separator: String = " ", terminator: String = "\n", file: StdStream) {
    let world = Context.world
    world.write(items.map { str($0, plain: world.plainTypes) }.joined(separator: separator) + terminator, to: file)
}
