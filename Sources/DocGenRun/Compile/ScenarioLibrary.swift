import Foundation

/// Loads a compiled scenario into this process (all of docgen's C interop with `dlopen` is here).
package enum ScenarioLibrary {
    /// The program of the scenario library at `path`: call it inside `runProgram`, as often as needed.
    ///
    /// - Throws: `CompileFailure` when the library cannot be loaded or has no docgen entry point.
    package static func program(at path: String) throws(CompileFailure) -> @Sendable () throws -> Void {
        guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
            let reason = dlerror().map { String(cString: $0) } ?? "unknown reason"
            throw CompileFailure(errors: ["\(path): cannot load the compiled scenario: \(reason)"])
        }
        guard let symbol = dlsym(handle, ScenarioWrapper.entrySymbol) else {
            throw CompileFailure(errors: ["\(path): no \(ScenarioWrapper.entrySymbol) entry point"])
        }
        typealias Entry = @convention(c) (UnsafeMutableRawPointer) -> Void
        let slot = UnsafeMutablePointer<() throws -> Void>.allocate(capacity: 1)
        defer { slot.deallocate() }
        unsafeBitCast(symbol, to: Entry.self)(UnsafeMutableRawPointer(slot))
        let program = Program(body: slot.move())
        return { try program.body() }
    }

    /// The loaded program; it touches no state of its own, and every run builds a fresh world.
    private struct Program: @unchecked Sendable {
        let body: () throws -> Void
    }
}
