/// Python's `warnings.warn(message, DeprecationWarning, stacklevel=2)` raised by a translated call, as the default
/// filter shows it for code in `__main__`: once per call site and text, on stderr, as
/// `file:line: DeprecationWarning: message` (the cell's page and Python line) followed by the Python source line,
/// stripped and indented two spaces. Nothing is shown for a call from outside `__main__`, as in CPython.
func pyWarnDeprecated(_ message: String) {
    guard let frame = PyFrames.current.top, let source = frame.source, frame.line > 0, source.module == "__main__"
    else { return }
    let world = Context.world
    guard world.modules.warnings.firstTime(file: source.file, line: frame.line, message: message) else { return }
    PyPageLines.markShown()
    var text = "\(source.file):\(frame.line): DeprecationWarning: \(message)\n"
    if let line = source.line(frame.line)?.trimmingWhitespace(), !line.isEmpty { text += "  \(line)\n" }
    world.write(text, to: .stderr)
}
