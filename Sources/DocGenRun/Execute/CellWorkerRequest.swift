import Foundation

/// One cell's work sent to a cell worker (`docgen-cell worker`, see `CellWorkerPool`): the arguments of a
/// `CellChildRequest`, the environment variables a cell's own process would be started with, and the files its standard
/// output and error go to while it runs. One line of JSON on the worker's channel; the worker answers with one
/// `CellWorkerReply` line.
package struct CellWorkerRequest: Codable, Equatable, Sendable {
    /// The arguments of a `CellChildRequest` (`run ID --tagged --library L`, …).
    package var arguments: [String]
    /// Set in the worker before the request runs (the output limit, the cell's line offset).
    package var environment: [String: String]
    /// The file the request's standard output (file descriptor 1) is written to.
    package var standardOutput: String
    /// The file the request's standard error (file descriptor 2) is written to.
    package var standardError: String

    package init(arguments: [String], environment: [String: String], standardOutput: String, standardError: String) {
        self.arguments = arguments
        self.environment = environment
        self.standardOutput = standardOutput
        self.standardError = standardError
    }

    /// The request read from `line` (without its newline), or `nil` when it is not one.
    package init?(line: [UInt8]) {
        guard let request = try? JSONDecoder().decode(Self.self, from: Data(line)) else { return nil }
        self = request
    }

    /// The request as one line, newline included.
    package var line: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding strings and arrays of strings cannot fail.
        return Array((try? encoder.encode(self)) ?? Data()) + [UInt8(ascii: "\n")]
    }
}

/// A cell worker's answer to one `CellWorkerRequest`: the exit status the request's own process would have exited
/// with, and whether the worker ends after it (`last`): its runs changed what the process reports for later cells
/// (they showed page lines), so it takes no more requests.
package struct CellWorkerReply: Equatable, Sendable {
    package var status: Int32
    package var last: Bool

    package init(status: Int32, last: Bool) {
        self.status = status
        self.last = last
    }

    /// `"<status>\n"`, or `"<status> last\n"`.
    package var line: [UInt8] {
        Array("\(status)\(last ? " last" : "")\n".utf8)
    }

    /// The reply read from `line` (without its newline), or `nil` when it is not one.
    package init?(line: [UInt8]) {
        let words = String(decoding: line, as: UTF8.self).split(separator: " ")
        guard let first = words.first, let status = Int32(first), words.count <= 2 else { return nil }
        guard words.count == 1 || words[1] == "last" else { return nil }
        self.init(status: status, last: words.count == 2)
    }
}
