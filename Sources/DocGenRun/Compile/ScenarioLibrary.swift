import Foundation

/// Loads a compiled scenario into this process (all of docgen's C interop with `dlopen` is here).
package enum ScenarioLibrary {
    /// The program of the scenario whose compile-cache entry is `path` (`<key>.so`, as `ScenarioCompiler` gives it):
    /// call it inside `runProgram`, as often as needed. The entry's library may hold other scenarios compiled with it;
    /// the key names this one's entry point (`ScenarioWrapper.entrySymbol(key:)`).
    ///
    /// - Throws: `CompileFailure` when `path` is no compile-cache entry, or the library cannot be loaded or lacks the
    ///   scenario's entry point.
    package static func program(at path: String) throws(CompileFailure) -> @Sendable () throws -> Void {
        guard let key = key(of: path) else {
            throw CompileFailure(errors: ["\(path): not a docgen compile-cache entry (<key>.so)"])
        }
        guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
            let reason = dlerror().map { String(cString: $0) } ?? "unknown reason"
            throw CompileFailure(errors: ["\(path): cannot load the compiled scenario: \(reason)"])
        }
        let entry = ScenarioWrapper.entrySymbol(key: key)
        guard let symbol = dlsym(handle, entry) else {
            throw CompileFailure(errors: ["\(path): no \(entry) entry point"])
        }
        typealias Entry = @convention(c) (UnsafeMutableRawPointer) -> Void
        let slot = UnsafeMutablePointer<() throws -> Void>.allocate(capacity: 1)
        defer { slot.deallocate() }
        unsafeBitCast(symbol, to: Entry.self)(UnsafeMutableRawPointer(slot))
        let program = Program(body: slot.move())
        return { try program.body() }
    }

    /// The 64 hex digits of an entry's file name `<key>.so`.
    private static func key(of path: String) -> String? {
        let name = (path as NSString).lastPathComponent
        guard name.hasSuffix(".so") else { return nil }
        let key = name.dropLast(3)
        guard key.count == 64, key.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else { return nil }
        return String(key)
    }

    /// The loaded program; it touches no state of its own, and every run builds a fresh world.
    private struct Program: @unchecked Sendable {
        let body: () throws -> Void
    }
}
