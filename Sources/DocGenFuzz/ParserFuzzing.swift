import DocGenModel
import DocGenParse
import Foundation

/// Entry points for the libFuzzer targets (`make fuzz`, `Sources/DocGenFuzz`): each feeds arbitrary bytes to one
/// parser and must return normally, whatever the bytes — a parse error is a fine answer, a trap is a bug.
enum ParserFuzzing {
    /// The targets by name (`DOCGEN_FUZZ_TARGET`).
    static let targets: [String: @Sendable ([UInt8]) -> Void] = [
        "options": cellOptions, "transcript": transcript, "markdown": markdown,
    ]

    /// The `<!-- docgen: … -->` option parser, on the bytes as the comment's body.
    static func cellOptions(_ bytes: [UInt8]) {
        let body = String(decoding: bytes, as: UTF8.self)
        _ = try? CellOptions.parse(htmlBlock: "<!-- docgen: \(body) -->", file: "fuzz.md", line: 1)
    }

    /// The tagged transcript decoder, and encoding what it decodes back (it must decode to the same run).
    static func transcript(_ bytes: [UInt8]) {
        guard let run = try? TranscriptFormat.decode(String(decoding: bytes, as: UTF8.self)) else { return }
        let again = try? TranscriptFormat.decode(TranscriptFormat.encode(run))
        precondition(again.map { TranscriptFormat.encode($0) } == TranscriptFormat.encode(run), "re-encoding changed")
    }

    /// The Markdown loader as `ContentLoader` runs it on one file: the byte checks, then the parser (in pieces
    /// small enough that most inputs are cut wherever they may be).
    static func markdown(_ bytes: [UInt8]) {
        let data = Data(bytes)
        guard (try? MarkdownBytes.check(data, file: "fuzz.md")) != nil else { return }
        let whole = try? DocumentParser.parse(
            MarkdownInput(data), page: "fuzz", sourcePath: "fuzz.md", pieceSize: .max)
        let pieces = try? DocumentParser.parse(MarkdownInput(data), page: "fuzz", sourcePath: "fuzz.md", pieceSize: 1)
        precondition(whole == pieces, "parsing in pieces changed the document")
    }
}
