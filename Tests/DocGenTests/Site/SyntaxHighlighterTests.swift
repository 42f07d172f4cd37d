@testable import DocGenSite
import DocGenTestSupport
import Foundation
import Testing

@Suite struct SyntaxHighlighterTests {
    /// The source back from highlighted HTML: tags removed, entities decoded.
    func plain(_ html: String) -> String {
        var text = html.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }

    func py(_ code: String) -> String { SyntaxHighlighter.node(code, language: "python").html }
    func swift(_ code: String) -> String { SyntaxHighlighter.node(code, language: "swift").html }

    @Test func pythonTokens() {
        #expect(
            py("def f(x):  # note\n    return None\n")
                == "<span class=\"k\">def</span> f(x):  <span class=\"c\"># note</span>\n"
                + "    <span class=\"k\">return</span> <span class=\"l\">None</span>\n")
        #expect(
            py("x = 1_000.5e-3 + 0x1F + 2j")
                == "x = <span class=\"n\">1_000.5e-3</span> + <span class=\"n\">0x1F</span> + <span class=\"n\">2j</span>"
        )
        #expect(py("@functools.wraps(f)\ndef g(): pass").hasPrefix("<span class=\"d\">@functools.wraps</span>(f)\n"))
        #expect(py("a @ b") == "a @ b")
        #expect(py("index = in_ + 1") == "index = in_ + <span class=\"n\">1</span>")
    }

    @Test func pythonStrings() {
        #expect(
            py("s = 'it\\'s' # c") == "s = <span class=\"s\">&#39;it\\&#39;s&#39;</span> <span class=\"c\"># c</span>")
        #expect(
            py("\"\"\"doc # not a comment\n'still'\"\"\" + x")
                == "<span class=\"s\">&quot;&quot;&quot;doc # not a comment\n&#39;still&#39;&quot;&quot;&quot;</span> + x"
        )
        #expect(py("rb'\\d' b") == "<span class=\"s\">rb&#39;\\d&#39;</span> b")
        #expect(
            py("f\"{name!r:>10} {{x}} {d['k']}\"")
                == "<span class=\"s\">f&quot;</span>{name!r:&gt;<span class=\"n\">10</span>}<span class=\"s\"> {{x}} </span>"
                + "{d[<span class=\"s\">&#39;k&#39;</span>]}<span class=\"s\">&quot;</span>")
    }

    @Test func swiftTokens() {
        #expect(
            swift("let t = Thread(target: w) // go\n/* a /* nested */ b */ @Sendable func f() {}")
                == "<span class=\"k\">let</span> t = Thread(target: w) <span class=\"c\">// go</span>\n"
                + "<span class=\"c\">/* a /* nested */ b */</span> <span class=\"d\">@Sendable</span> "
                + "<span class=\"k\">func</span> f() {}")
        #expect(
            swift("print(\"n: \\(n + 1) \\\"q\\\"\")")
                == "print(<span class=\"s\">&quot;n: </span>\\(n + <span class=\"n\">1</span>)"
                + "<span class=\"s\"> \\&quot;q\\&quot;&quot;</span>)")
        #expect(
            swift("#\"raw \\(x) \"# #if DEBUG")
                == "<span class=\"s\">#&quot;raw \\(x) &quot;#</span> <span class=\"k\">#if</span> DEBUG")
        #expect(
            swift("\"\"\"\nline \"one\"\n\"\"\" nil")
                == "<span class=\"s\">&quot;&quot;&quot;\nline &quot;one&quot;\n&quot;&quot;&quot;</span> <span class=\"l\">nil</span>"
        )
    }

    @Test func unknownLanguageIsOnlyEscaped() {
        #expect(SyntaxHighlighter.node("<b> 'x' # y", language: "text").html == "&lt;b&gt; &#39;x&#39; # y")
    }

    /// Never a character lost or added, even for broken input: every prefix of tricky code comes back whole.
    @Test func highlightingKeepsEveryCharacter() throws {
        let tricky = [
            "f'{a[\"b\"]}' f\"{\" '''x\n", "\"unterminated\nnext = 'a", "x = f'{{' + f'{y:{w}}'", "'''never ends",
            "\"\\(\" \"\\(a\" #\"x", "/* open", "@ @x 1e 0x .5 1..2", "s = \"é\u{1F600}\" # ü",
        ]
        for code in tricky {
            for end in code.indices + [code.endIndex] {
                let piece = String(code[..<end])
                #expect(plain(py(piece)) == piece)
                #expect(plain(swift(piece)) == piece)
            }
        }
        let content = try String(
            contentsOfFile: TestSupport.packageRoot + "/content/threading-tutorial.md", encoding: .utf8)
        #expect(plain(py(content)) == content)
        // The tutorial's cells all run on their translation now (content/ has no scenario): the fixtures have some.
        var scenarios = 0
        for folder in ["/content", "/Tests/Fixtures"] {
            let root = TestSupport.packageRoot + folder
            let files = try FileManager.default.subpathsOfDirectory(atPath: root).filter { $0.hasSuffix(".swift") }
            scenarios += files.count
            for file in files {
                let source = try String(contentsOfFile: root + "/" + file, encoding: .utf8)
                #expect(plain(swift(source)) == source, "\(file)")
            }
        }
        #expect(scenarios > 0, "no scenario under content/ or Tests/Fixtures/")
    }
}
