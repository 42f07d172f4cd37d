#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Python's `warnings.warn(message, DeprecationWarning, stacklevel=2)` as the default filter shows it for code in
/// `__main__`: once per call site and text, on stderr, as `file:line: DeprecationWarning: message` followed by the
/// call site's source line, stripped and indented two spaces (left out when the source cannot be read).
/// `fileID`/`filePath`/`line` are the caller's `#fileID`, `#filePath` and `#line`: `fileID` is what is printed (it
/// is the same on every machine), `filePath` is where the source line is read.
func warnDeprecated(_ message: String, fileID: String, filePath: String, line: Int) {
    let world = Context.world
    guard world.modules.warnings.firstTime(file: fileID, line: line, message: message) else { return }
    var text = "\(fileID):\(line): DeprecationWarning: \(message)\n"
    if let source = sourceLine(path: filePath, line: line) { text += "  \(source)\n" }
    world.write(text, to: .stderr)
}

/// Line `line` (1-based) of the file at `path` without its surrounding whitespace, like `linecache.getline(…)
/// .strip()`; nil when the file cannot be read or is shorter, or the line is blank.
private func sourceLine(path: String, line: Int) -> String? {
    guard line > 0, let file = fopen(path, "r") else { return nil }
    defer { fclose(file) }
    var buffer: UnsafeMutablePointer<CChar>?
    var capacity = 0
    defer { free(buffer) }
    var number = 0
    while getline(&buffer, &capacity, file) >= 0, let buffer {
        number += 1
        guard number == line else { continue }
        let text = String(decoding: UnsafeRawBufferPointer(start: buffer, count: strlen(buffer)), as: UTF8.self)
        let stripped = text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed()
        return stripped.isEmpty ? nil : String(stripped)
    }
    return nil
}
