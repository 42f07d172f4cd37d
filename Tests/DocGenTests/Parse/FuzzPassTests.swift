@testable import DocGenParse
import DocGenTestSupport
import Foundation
import Testing

/// The bounded fuzz pass of `make test`: a few hundred mutated copies of the tutorial (random bytes, spliced
/// `<!-- docgen: … -->` comments, fences, headings, NUL, invalid UTF-8, cuts) go through the built binary's parse path
/// (`docgen list`), which must answer with its output or clean errors — never a signal, a backtrace or a hang (60 s per batch of 25).
/// About 25 s on an idle machine. The
/// same pages, parsed in-process, must give the same document whole and in pieces (`MarkdownSegments`).
/// `DOCGEN_FUZZ_SEED` picks another seed; a failing batch's folder is kept and named.
@Suite struct FuzzPassTests {
    static let pages = 300
    static let pagesPerRun = 25

    @Test func mutatedTutorialPagesNeverCrashOrHangTheParser() throws {
        let seed = ProcessInfo.processInfo.environment["DOCGEN_FUZZ_SEED"].flatMap(UInt64.init) ?? 12
        var random = PageMutator.Random(seed: seed)
        let tutorial = Array(
            try Data(contentsOf: URL(fileURLWithPath: TestSupport.packageRoot + "/content/threading-tutorial.md")))
        for batch in 0..<(Self.pages / Self.pagesPerRun) {
            var pages: [(String, [UInt8])] = []
            for number in 0..<Self.pagesPerRun {
                pages.append(
                    (
                        String(format: "fuzz-%03d.md", batch * Self.pagesPerRun + number),
                        PageMutator.mutate(tutorial, &random)
                    ))
            }
            for (_, bytes) in pages { expectSameDocumentWholeAndInPieces(bytes) }
            let content = try BadInputSupport.content(pages)
            let folder = (content as NSString).deletingLastPathComponent
            let output = try BadInputSupport.run(
                ["list", "--content", content, "--cache", folder + "/cache"], timeout: 60)
            let clean =
                !output.signaled && !output.timedOut && (output.status == 0 || output.status == 1)
                && !output.stderr.contains("Fatal error") && !output.stderr.contains("Backtrace")
            #expect(
                clean,
                "seed \(seed) batch \(batch): docgen list crashed or hung on the pages in \(content) (status \(output.status), signaled \(output.signaled), timed out \(output.timedOut)): \(output.stderr.suffix(300))"
            )
            if clean { try? FileManager.default.removeItem(atPath: folder) }
        }
    }

    private func expectSameDocumentWholeAndInPieces(_ bytes: [UInt8]) {
        let data = Data(bytes)
        guard (try? MarkdownBytes.check(data, file: "f.md")) != nil else { return }
        let whole = try? DocumentParser.parse(MarkdownInput(data), page: "f", sourcePath: "f.md", pieceSize: .max)
        let pieces = try? DocumentParser.parse(MarkdownInput(data), page: "f", sourcePath: "f.md", pieceSize: 1)
        #expect(
            whole == pieces,
            "parsing in pieces changed the document of: \(String(decoding: bytes.prefix(200), as: UTF8.self))")
    }
}
