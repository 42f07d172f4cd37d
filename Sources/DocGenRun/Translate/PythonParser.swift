import Foundation
import Subprocess

/// A cell's Python as CPython's `ast` parsed it: its statements and its comments.
struct PythonModule: Sendable {
    var body: [PythonNode]
    /// Every `#` comment: its 1-based line, its 0-based column, and its text (with the `#`).
    var comments: [(line: Int, column: Int, text: String)]
}

/// A cell whose Python is not valid Python: where and what CPython said.
struct PythonSyntaxError: Error, Sendable, Equatable {
    var line: Int
    var column: Int
    var message: String
}

/// Parses Python sources with the `python3` on `PATH` (or the interpreter `PythonInterpreter` found) running
/// `PythonASTScript`: all sources of one call in one python3 process, so a build pays python3's start-up once.
enum PythonParser {
    /// Each source's module, or its syntax error, in order, and the interpreter that parsed them (its
    /// `sys.executable`, nil when it reported none). `python` is a name looked up on `PATH` or a path.
    static func parse(_ sources: [String], python: String = "python3") async throws(PythonParseError)
        -> (modules: [Result<PythonModule, PythonSyntaxError>], executable: String?)
    {
        guard !sources.isEmpty else { return ([], nil) }
        let input: String
        do {
            input = String(decoding: try JSONSerialization.data(withJSONObject: sources), as: UTF8.self)
        } catch {
            throw .pythonFailed("cannot encode the sources: \(error)")
        }
        let output: String
        do {
            let result = try await Subprocess.run(
                python.contains("/") ? .path(.init(python)) : .name(python), arguments: ["-c", PythonASTScript.source],
                environment: .inherit.updating(["PYTHONIOENCODING": "utf-8"]),
                platformOptions: ChildGroup.platformOptions, input: .string(input),
                output: .string(limit: 256 << 20), error: .string(limit: 1 << 20))
            ChildGroup.endLeftovers(of: result.processIdentifier.value)
            guard result.terminationStatus.isSuccess else {
                let last = result.standardError.split(separator: "\n").last.map(String.init) ?? "no error text"
                throw PythonParseError.pythonFailed("\(result.terminationStatus): \(last)")
            }
            output = result.standardOutput
        } catch let error as PythonParseError {
            throw error
        } catch let error as SubprocessError where error.code == .executableNotFound {
            throw .pythonMissing(python)
        } catch {
            throw .pythonFailed("\(error)")
        }
        let json: Any
        do { json = try JSONSerialization.jsonObject(with: Data(output.utf8)) } catch {
            throw .malformedOutput("no JSON (\(error))")
        }
        guard let answer = json as? [String: Any], let results = answer["results"] as? [[String: Any]],
            results.count == sources.count
        else {
            throw .malformedOutput("a different number of results than sources")
        }
        let modules = try results.map { result throws(PythonParseError) -> Result<PythonModule, PythonSyntaxError> in
            if let error = result["error"] as? [Any] {
                return .failure(
                    PythonSyntaxError(
                        line: (error.first as? NSNumber)?.intValue ?? 1,
                        column: (error.count > 1 ? error[1] as? NSNumber : nil)?.intValue ?? 0,
                        message: error.last as? String ?? "invalid syntax"))
            }
            guard case .list(let items) = try PythonValue(json: result["body"] ?? []) else {
                throw .malformedOutput("a body that is no list")
            }
            let body = items.compactMap { if case .node(let node) = $0 { node } else { nil } }
            let comments = (result["comments"] as? [[Any]] ?? []).compactMap { entry -> (Int, Int, String)? in
                guard entry.count == 3, let line = entry[0] as? NSNumber, let column = entry[1] as? NSNumber,
                    let text = entry[2] as? String
                else { return nil }
                return (line.intValue, column.intValue, text)
            }
            return .success(PythonModule(body: body, comments: comments.map { ($0.0, $0.1, $0.2) }))
        }
        return (modules, answer["executable"] as? String)
    }
}
