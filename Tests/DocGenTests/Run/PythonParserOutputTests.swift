@testable import DocGenRun
import DocGenTestSupport
import Foundation
import Testing

/// How the parsing script hands its answer back: in one write, whatever buffering python3's stdout has.
@Suite struct PythonParserOutputTests {
    /// Under `PYTHONUNBUFFERED=1` every `sys.stdout.write` is a system call (and a wake-up of docgen's reader):
    /// `json.dump` wrote each JSON token on its own, 120,000 writes for the tutorial's cells. A python3 that counts
    /// the script's writes must see one.
    @Test func theAnswerIsWrittenOnceEvenUnbuffered() async throws {
        let folder = try TestSupport.temporaryFolder()
        let counted = folder + "/writes"
        // Runs the `-c` script with a stdout that counts its writes, then stores the count.
        try TestSupport.write(
            """
            import sys
            class Counting:
                def __init__(self, inner):
                    self.inner, self.writes = inner, 0
                def write(self, text):
                    self.writes += 1
                    return self.inner.write(text)
                def flush(self):
                    self.inner.flush()
            counting = Counting(sys.stdout)
            sys.stdout = counting
            exec(compile(sys.argv[2], "<docgen>", "exec"), {"__name__": "__main__"})
            open(\(String(reflecting: counted)), "w").write(str(counting.writes))
            """, to: folder + "/counting.py")
        let python = folder + "/python3"
        try TestSupport.writeExecutable(
            "#!/bin/sh\nPYTHONUNBUFFERED=1 exec python3 \(folder)/counting.py \"$@\"\n", to: python)

        let sources = ["import threading\nx = [1, 2, 3]  # a list\n", "def f(a, b):\n    return a + b\n", "1 +"]
        let parsed = try await PythonParser.parse(sources, python: python).modules

        #expect(parsed.count == 3)
        #expect((try? parsed[0].get().comments.first?.text) == "# a list")
        #expect((try? parsed[1].get().body.count) == 1)
        #expect(throws: PythonSyntaxError.self) { try parsed[2].get() }
        #expect(try TestSupport.read(counted) == "1")
    }
}
