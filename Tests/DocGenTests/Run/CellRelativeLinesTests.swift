@testable import DocGenRun
import DocGenTestSupport
import Foundation
import Testing

/// A translated cell is compiled counting its lines from the cell's first line, so that where the cell sits on its page
/// is in nothing compiled or cached by the compiled Swift: its translation and library are the same at any line, a
/// cached translation read for another line names that line in its hand-port text, and compile errors (made and
/// cached counting from the cell) name the page's lines. With the real compiler and Threading toolkit.
@Suite struct CellRelativeLinesTests {
    func request(firstLine: Int) -> Translator.Request {
        Translator.Request(
            id: "page/cell", source: "x = 1\n\nprint(x)\n", contentFile: "content/page.md", firstLine: firstLine,
            scenarioFile: "content/page/cell.swift")
    }

    func translation(firstLine: Int, translator: Translator = Translator(cacheDirectory: nil)) async throws
        -> Translation
    {
        try await translator.translate([request(firstLine: firstLine)])[0].get()
    }

    @Test func theCompiledSwiftIsTheSameAtAnyLineAndTheHandPortNamesThePagesLines() async throws {
        let high = try await translation(firstLine: 3)
        let low = try await translation(firstLine: 30)
        #expect(high.compiledText == low.compiledText)
        #expect(high.compiledText.contains("atLine(1); ") && high.compiledText.contains("atLine(3); "))
        #expect(high.compiledText.contains("let pythonLines = \"x = 1\\n\\nprint(x)\\n\""))
        #expect(high.compiledText.contains("#sourceLocation(file: \"content/page.md\", line: 3)"))
        #expect(low.text.contains("atLine(30); ") && low.text.contains("atLine(32); "))
        #expect(low.text.contains("[30: \"x = 1\", 32: \"print(x)\"]") && !low.text.contains("atLine(1); "))
        #expect(high.shownText == low.shownText)
        let scenarios = [3, 30].map { line in
            ScenarioSource(translation: line == 3 ? high : low, path: "content/page.md", firstLine: line)
        }
        #expect(ScenarioWrapper.source(for: scenarios[0]) == ScenarioWrapper.source(for: scenarios[1]))
        #expect(scenarios.map(\.lineOffset) == [2, 29])
    }

    @Test func aCachedTranslationReadForAnotherLineNamesThatLine() async throws {
        let cache = try TestSupport.temporaryFolder("cell-relative-translations")
        _ = try await translation(firstLine: 3, translator: Translator(cacheDirectory: cache))
        // No python3: the translation can only come from the cache.
        let moved = try await translation(
            firstLine: 30, translator: Translator(cacheDirectory: cache, python: "no-such-python3"))
        #expect(moved == (try await translation(firstLine: 30)))
    }

    @Test func compileErrorsNameThePagesLinesWhereverTheCellIs() async throws {
        let folder = try TestSupport.temporaryFolder("cell-relative-compile")
        let compiler = try ScenarioCompiler.locate(executable: DocgenBinary.path, cacheDirectory: folder + "/cache")
        let broken = Translation(
            text: "", shownText: "",
            compiledText: "import Threading\n#sourceLocation(file: \"content/page.md\", line: 2)\n"
                + "let x: Int = \"\(UUID().uuidString)\"\n")
        let scenarios = [20, 40].map { ScenarioSource(translation: broken, path: "content/page.md", firstLine: $0) }
        let compilations = await compiler.compile(scenarios, jobs: 1)
        for (compilation, line) in zip(compilations, [21, 41]) {
            guard case .failure(let failure) = compilation.library else {
                Issue.record("compiled: \(compilation)")
                continue
            }
            #expect(failure.errors.first?.hasPrefix("content/page.md:\(line):") == true, "\(failure.errors)")
        }
        // Cached counting from the cell: read for a third place, it names that place's line.
        let third = await compiler.compile(
            ScenarioSource(translation: broken, path: "content/page.md", firstLine: 60))
        #expect(!third.ranCompiler)
        guard case .failure(let failure) = third.library else {
            Issue.record("compiled: \(third)")
            return
        }
        #expect(failure.errors.first?.hasPrefix("content/page.md:61:") == true, "\(failure.errors)")
    }
}
