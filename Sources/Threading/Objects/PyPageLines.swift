import Synchronization

/// Where a program's Python lines sit on the page: docgen compiles a translated cell with its lines counted from the
/// cell's first line (so a paragraph added above the cell changes nothing compiled), and runs it with the page line
/// of that first line, minus one, as the offset: tracebacks, warnings and `%(lineno)d` then name page lines. The
/// process also remembers whether any run showed such a line, so a cached output that shows one is kept for that
/// offset only.
@_spi(Harness) public enum PyPageLines {
    /// `program` with the lines of the `PyGlobals` module it creates moved down by `offset` (the page line of its
    /// line 1, minus one).
    public static func shifting(
        _ program: @escaping @Sendable () throws -> Void, by offset: Int
    ) -> @Sendable () throws -> Void {
        guard offset != 0 else { return program }
        return {
            PyFrames.current.lineOffset = offset
            try program()
        }
    }

    /// True once a run in this process printed a Python line number (a traceback, a warning, a log record's
    /// `lineno`): its output then depends on where the cell is on the page.
    public static var wereShown: Bool { shown.load(ordering: .relaxed) }

    /// Called where a Python line number goes into output.
    static func markShown() { shown.store(true, ordering: .relaxed) }

    private static let shown = Atomic<Bool>(false)
}
