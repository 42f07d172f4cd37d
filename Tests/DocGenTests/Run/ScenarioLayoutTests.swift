@testable import DocGenRun
import DocGenTestSupport
import Testing

/// Which lines of a scenario go to file scope (imports, types at column 0) and which form the program.
@Suite struct ScenarioLayoutTests {
    func hoisted(_ text: String) -> [Int] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return ScenarioLayout.fileScopeLines(lines).sorted().map { $0 + 1 }
    }

    @Test func importsAndATypeGoToFileScopeStatementsStay() {
        let text = """
            import Threading
            let x = 1
            final class Worker: threading.Thread, @unchecked Sendable {
                override func run() throws {
                    print("}")  // a brace in a string } and a comment
                }
            }
            try Worker().start()
            """
        #expect(hoisted(text) == [1, 3, 4, 5, 6, 7])
    }

    /// A line starting with a byte no modifier, type keyword or attribute starts with is no declaration; the others
    /// are read word by word as before.
    @Test func declarationsAreKnownByTheirFirstWord() {
        for line in ["class A {}", "@MainActor final class A {}", "public struct A {}", "extension A {}", "enum E {}"] {
            #expect(ScenarioLayout.startsDeclaration(line[...]), "\(line)")
        }
        for line in ["Class A {}", "_class A {}", "1 class", " class A {}", "élass A {}", "let a = 1", "classy()", ""] {
            #expect(!ScenarioLayout.startsDeclaration(line[...]), "\(line)")
        }
    }

    @Test func attributesAboveATypeGoWithIt() {
        let text = "@available(*, deprecated)\nprivate struct A {\n    /* { */ var b = 1\n}\nprint(A().b)\n"
        #expect(hoisted(text) == [1, 2, 3, 4])
    }

    @Test func indentedTypesAndFunctionsStayInTheProgram() {
        let text = "func f() {\n    struct Local {}\n}\nfor _ in 0..<2 {\nclass NotTopLevel {}\n}\n"
        #expect(hoisted(text) == [])
    }

    @Test func multiLineStringsDoNotOpenDeclarations() {
        let text = "let s = \"\"\"\nclass X {\n\"\"\"\nenum E { case a }\nprint(s)\n"
        #expect(hoisted(text) == [4])
    }

    @Test func theGeneratedSourceKeepsEveryAuthorLineWhereItWas() {
        let scenario = ScenarioSource(text: "import Threading\nstruct S {}\nprint(S())\n", path: "content/p/c.swift")
        let source = ScenarioWrapper.source(for: scenario)
        #expect(
            source.contains(
                "#sourceLocation(file: \"content/p/c.swift\", line: 1)\nimport Threading\nfileprivate struct S {}\n\n\n"
            ))
        #expect(source.contains("#sourceLocation(file: \"content/p/c.swift\", line: 1)\n\n\nprint(S())\n"))
        let entry = ScenarioWrapper.entrySymbol(key: String(repeating: "ab", count: 32))
        #expect(entry == "docgen_scenario_" + String(repeating: "ab", count: 16))
        #expect(ScenarioWrapper.source(for: scenario, entry: entry).contains("@_cdecl(\"\(entry)\")"))
    }

    /// Type declarations with no access of their own become `fileprivate` (two scenarios compiled into one module may
    /// both declare `Worker`); extensions and declarations that name their access stay as written.
    @Test(arguments: [
        ("class A {", "fileprivate class A {"),
        (
            "final class Worker: threading.Thread, @unchecked Sendable {",
            "fileprivate final class Worker: threading.Thread, @unchecked Sendable {"
        ),
        ("@dynamicMemberLookup struct S {", "@dynamicMemberLookup fileprivate struct S {"),
        (
            "@available(*, deprecated) indirect enum Tree {",
            "@available(*, deprecated) fileprivate indirect enum Tree {"
        ),
        ("public class Shown {", "public class Shown {"),
        ("private enum E { case a }", "private enum E { case a }"),
        ("final public class F {}", "final public class F {}"),
        ("extension Thread: CustomStringConvertible {", "extension Thread: CustomStringConvertible {"),
        ("let classic = 1", "let classic = 1"),
        ("    class Indented {}", "    class Indented {}"),
    ])
    func typesWithoutAccessBecomeFileprivate(line: String, expected: String) {
        #expect(String(ScenarioLayout.fileprivateIfUnmarked(line[...])) == expected)
    }

    /// Lines whose first word is read from their bytes (lowercase ASCII letters before an ASCII byte that ends a
    /// word) start a declaration exactly when reading them by Characters says so.
    @Test func aWordReadFromBytesIsTheWordReadByCharacters() {
        let starts = [
            "class A {", "final class B {}", "public struct C", "@MainActor\tclass D", "enum E: Int {", "actor F {",
            "extension H {",
        ]
        let others = [
            "try print(1)", "try(x)", "class(", "classé A", "class\u{301} A", "structure S", "enum_x = 1", "let a = 1",
            "letter", "private(set) struct G", "import Threading", "i", "", "x\r", "print(\"class A\")", "cl4ss A",
        ]
        for line in starts { #expect(ScenarioLayout.startsDeclaration(line[...]), "\(line)") }
        for line in others { #expect(!ScenarioLayout.startsDeclaration(line[...]), "\(line.debugDescription)") }
        let lines: [Substring] = ["import Threading", "import\u{301} x", "imports", "struct A {", "}", "print(1)"]
        #expect(ScenarioLayout.fileScopeLines(lines) == [0, 3, 4])
    }
}
