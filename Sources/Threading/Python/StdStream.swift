/// The stream a piece of output was written to: `print` writes to stdout, `logging` to stderr, as in Python.
public enum StdStream: String, Sendable, Equatable, Hashable {
    case stdout
    case stderr
}
