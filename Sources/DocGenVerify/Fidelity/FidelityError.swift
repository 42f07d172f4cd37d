/// What can go wrong while checking cells against CPython; each message names what to fix.
package enum FidelityError: Error, Equatable, CustomStringConvertible {
    case badMask(String, String)
    case badRecording(path: String, line: Int, why: String)
    case pythonFailed(cell: String, why: String)

    package var description: String {
        switch self {
        case .badMask(let mask, let why):
            "mask=\(mask) is not a valid regular expression (\(why)); fix the cell's <!-- docgen: mask=… --> option"
        case .badRecording(let path, let line, let why):
            "\(path):\(line): \(why); re-record it with `docgen fidelity --record`"
        case .pythonFailed(let cell, let why):
            "\(cell): python3 failed: \(why)"
        }
    }
}
