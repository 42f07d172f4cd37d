import Synchronization
import Testing

@testable @_spi(Harness) @_spi(Search) import Threading

/// Objects of the process (builtin classes, their properties, singletons) are made by Swift on first use, which may be
/// inside a searched run: they must take no search number there, or the first run of a process numbers its own
/// objects differently from every later run, and the search's result depends on what ran before it in the process.
@Suite struct ProcessWideObjectTests {
    /// The search number of a list made in a searched run, after `before` ran in that run.
    private static func numberOfAListMade(after before: @escaping @Sendable () -> Void) -> UInt {
        let number = Mutex<UInt>(0)
        _ = ExhaustiveSearch(maxExecutions: 1).run({
            before()
            let list = PyList([])
            number.withLock { $0 = list.searchID }
        }) { _, _ in }
        return number.withLock { $0 }
    }

    @Test func aBuiltinClassMadeInARunShiftsNoNumber() {
        let alone = Self.numberOfAListMade {}
        let afterBuiltins = Self.numberOfAListMade {
            let probe = PyType(builtin: "Probe", base: nil)
            _ = PyProperty(getter: nil, setter: nil, builtinName: "value", owner: probe.name)
            _ = PySysModule.stdout
        }
        #expect(alone != 0)
        #expect(afterBuiltins == alone)
    }

    @Test func aClassOfTheRunStillTakesANumber() throws {
        let alone = Self.numberOfAListMade {}
        let afterAClass = Self.numberOfAListMade {
            _ = try? PyType(name: "Job", module: "__main__", bases: [], isBuiltin: false)
        }
        #expect(afterAClass != alone)
    }
}
