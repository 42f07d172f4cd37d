/// Why cells' Python could not be parsed at all (not a cell's own syntax error, which is a `TranslationError`).
package enum PythonParseError: Error, Equatable, CustomStringConvertible {
    /// No `python3` on `PATH`.
    case pythonMissing(String)
    /// python3 ran but failed, or printed something other than the parse script's JSON.
    case pythonFailed(String)
    case malformedOutput(String)

    package var description: String {
        switch self {
        case .pythonMissing(let python):
            "cannot translate Python cells: '\(python)' is not on PATH; install Python 3 (Debian: apt-get install "
                + "python3), or write each cell's scenario by hand (docgen new --missing)"
        case .pythonFailed(let why): "cannot translate Python cells: python3 failed to parse them: \(why)"
        case .malformedOutput(let why): "cannot translate Python cells: python3's parse output held \(why)"
        }
    }
}
