// The end-to-end test of an installed docgen, run by scripts/test-installed.sh inside a private mount namespace in
// which the checkout is hidden: every step uses the `docgen` on PATH on a docs project in a temporary folder, as a
// user would, and nothing of the checkout may be needed. Usage: InstalledDocgenTest PROJECT
//
// The steps: build → add a cell, `docgen new` its hand port (builds, runs, is not overwritten) and write its
// scenario → --record → check passes → edit one scenario: exactly 1 executed and check fails with a diff → a type
// error reported at content/page/x.swift:2:… → the inline swift block variant → cells of Python only run on their
// translation, `docgen new --missing` → `docgen init` of a new project of Python only: build, --record, check
// passes (and the sample's translation prints what python3 prints for it), fidelity --record, fidelity passes →
// a translated cell's traceback and warning name its Python line, `yield` is refused with what to do → 3 shards +
// assembly = a plain build.
import Foundation
import ProcessCapture

/// A failed step: the message is printed and the test exits 1.
struct StepFailure: Error, CustomStringConvertible {
    var description: String
}

/// What one `docgen` (or other) command did.
typealias Output = CapturedProcess.Output

/// Runs `arguments` (the first is looked up on PATH) in `folder`, with `environment` added to this process's.
func run(_ arguments: [String], in folder: String, environment: [String: String] = [:]) throws -> Output {
    try CapturedProcess.run(
        "/usr/bin/env", arguments, in: folder,
        environment: ProcessInfo.processInfo.environment.merging(environment) { _, added in added })
}

/// A docs project the steps work on, and the checks they make.
struct Project {
    let folder: String

    func docgen(_ arguments: String..., environment: [String: String] = [:]) throws -> Output {
        try run(["docgen"] + arguments, in: folder, environment: environment)
    }

    /// `docgen ARGUMENTS`, which must succeed; `what` names the step in the failure.
    @discardableResult
    func succeeds(_ arguments: [String], _ what: String, environment: [String: String] = [:]) throws -> Output {
        let output = try run(["docgen"] + arguments, in: folder, environment: environment)
        guard output.succeeded else { throw StepFailure(description: "\(what) failed:\n\(output.stderr)") }
        return output
    }

    /// `docgen ARGUMENTS`, which must fail.
    @discardableResult
    func fails(_ arguments: [String], _ what: String) throws -> Output {
        let output = try run(["docgen"] + arguments, in: folder)
        guard !output.succeeded else { throw StepFailure(description: "\(what) succeeded, but should have failed") }
        return output
    }

    func append(_ text: String, to file: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/" + file))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    func write(_ text: String, to file: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + file))
    }

    func read(_ file: String) throws -> String {
        try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
    }

    func remove(_ file: String) throws {
        try FileManager.default.removeItem(atPath: folder + "/" + file)
    }
}

/// `text` must contain `expected`; `what` names where it was looked for.
func expect(_ expected: String, in text: String, _ what: String) throws {
    guard text.contains(expected) else {
        throw StepFailure(description: "expected '\(expected)' in \(what), which was:\n\(text)")
    }
}

/// Says which step runs now (unbuffered, so it comes before any failure message).
func step(_ text: String) {
    FileHandle.standardOutput.write(Data("test-installed: \(text)\n".utf8))
}

func editsAndRecords(_ project: Project) throws {
    step("docgen is \(try run(["sh", "-c", "command -v docgen"], in: project.folder).stdout.trimmed)")
    try expect(
        "1 cell(s), 1 executed, 1 compiled", in: try project.succeeds(["build"], "the first build").stderr,
        "the first build")

    step("add a page cell; docgen new starts a hand port from its translation, and never overwrites it")
    try project.append("\n## Second\n\n```python\nprint(\"second\")\n```\n", to: "content/page.md")
    let started = try project.succeeds(["new", "page/second"], "docgen new page/second")
    guard started.stdout.trimmed == "content/page/second.swift" else {
        throw StepFailure(description: "docgen new page/second printed '\(started.stdout)', not its file")
    }
    try expect("try py.print(\"second\")", in: try project.read("content/page/second.swift"), "the started hand port")
    try expect(
        "2 cell(s), 1 executed, 1 compiled",
        in: try project.succeeds(["build"], "the build of the started hand port").stderr, "that build")
    guard try project.succeeds(["run", "page/second"], "docgen run").stdout == "second\n" else {
        throw StepFailure(description: "docgen run of the started hand port did not print 'second'")
    }
    try expect(
        "error: content/page/second.swift exists already",
        in: try project.fails(["new", "page/second"], "a second docgen new").stderr, "a second docgen new")
    try expect(
        "error: no cell 'page/nope' in content; `docgen list` shows",
        in: try project.fails(["new", "page/nope"], "docgen new of an unknown cell").stderr, "docgen new page/nope")
    guard try project.succeeds(["new", "--missing"], "docgen new --missing").stdout.isEmpty else {
        throw StepFailure(description: "docgen new --missing wrote a file although none is missing")
    }
    try project.write("import Threading\n\nprint(\"second\")\n", to: "content/page/second.swift")
    try expect(
        "2 cell(s), 1 executed, 1 compiled",
        in: try project.succeeds(["build"], "the build with the new scenario").stderr, "that build")

    step("record, then check")
    try expect("2 snapshot(s) recorded", in: try project.succeeds(["build", "--record"], "record").stderr, "record")
    try expect(
        "2 cell(s) checked, 2 match their snapshot",
        in: try project.succeeds(["check"], "check right after recording").stderr, "check")

    step("edit one scenario: only it runs again, and check shows the diff")
    let hello = try project.read("content/page/hello.swift")
    try project.write(
        hello.replacingOccurrences(of: "print(\"hello from\"", with: "print(\"hi from\""),
        to: "content/page/hello.swift")
    try expect(
        "2 cell(s), 1 executed, 1 compiled",
        in: try project.succeeds(["build"], "the build after the edit").stderr, "the build after editing one scenario")
    let check = try project.fails(["check"], "check after a scenario's output changed")
    try expect("page/hello: output changed", in: check.stderr, "check after the edit")
    try expect("+0.000 T1 [Thread-1 (worker)] stdout: hi from Thread-1 (worker)", in: check.stderr, "check's diff")

    step("a type error is reported at the author's file and line")
    try project.write("import Threading\nlet x: Int = \"not a number\"\nprint(x)\n", to: "content/page/second.swift")
    try expect(
        "content/page/second.swift:2:14: error: cannot convert value of type 'String' to specified type 'Int'",
        in: try project.fails(["build"], "a scenario with a type error").stderr, "its build")

    step("the inline swift block variant")
    try project.remove("content/page/second.swift")
    try project.append("\n```swift\nprint(\"second\")\n```\n", to: "content/page.md")
    try expect(
        "2 cell(s), 1 executed",
        in: try project.succeeds(["build"], "the build with an inline scenario").stderr, "that build")
    try expect("Swift · content/page.md:", in: try project.read("site/page.html"), "the page")
    guard try project.succeeds(["run", "page/second"], "docgen run").stdout == "second\n" else {
        throw StepFailure(description: "docgen run of the inline scenario did not print 'second'")
    }

    step("cells of Python only run on their translation; docgen new --missing starts a hand port for each")
    try project.append(
        "\n## Third\n\n```python\nprint(\"third\")\n```\n\n## Fourth\n\n```python\nprint(\"fourth\")\n```\n",
        to: "content/page.md")
    try expect(
        "4 cell(s), 2 executed, 2 compiled",
        in: try project.succeeds(["build"], "the build of two translated cells").stderr, "that build")
    let list = try project.succeeds(["list"], "docgen list").stdout
    try expect("  third  content/page.md:", in: list, "docgen list")
    try expect("(translated)  translated  completed", in: list, "docgen list")
    guard try project.succeeds(["run", "page/third"], "docgen run").stdout == "third\n" else {
        throw StepFailure(description: "docgen run of a translated cell did not print 'third'")
    }
    let missing = try project.succeeds(["new", "--missing"], "docgen new --missing").stdout
    guard missing == "content/page/third.swift\ncontent/page/fourth.swift\n" else {
        throw StepFailure(description: "docgen new --missing printed '\(missing)', not the two new files")
    }
    try expect(
        "4 cell(s), 2 executed, 2 compiled",
        in: try project.succeeds(["build"], "the build with the skeletons of --missing").stderr, "that build")
}

func initialisesAProject(_ project: Project) throws {
    step("docgen init writes a project that builds, records and checks; its sample prints what CPython prints")
    let parent = NSTemporaryDirectory() + "installed-init-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: parent) }
    let fresh = parent + "/docs"
    let initialised = try project.succeeds(["init", fresh], "docgen init")
    try expect(fresh + "/.github/workflows/docs.yml", in: initialised.stdout, "docgen init's list of files")
    try expect("docgen build --record", in: initialised.stderr, "docgen init's next steps")
    try expect(
        "error: \(fresh) is not an empty folder",
        in: try project.fails(["init", fresh], "docgen init into a non-empty folder").stderr, "that init")

    let new = Project(folder: fresh)
    try expect(
        "1 page(s), 1 cell(s), 1 executed, 1 compiled",
        in: try new.succeeds(["build"], "the build of the new project").stderr, "that build")
    guard try !new.docgen("check", environment: ["CI": "true"]).succeeded else {
        throw StepFailure(description: "check in CI passed without snapshots")
    }
    try expect(
        "1 snapshot(s) recorded",
        in: try new.succeeds(["build", "--record"], "record in the new project").stderr, "that record")
    try expect(
        "1 cell(s) checked, 1 match their snapshot",
        in: try new.succeeds(["check"], "check of the new project", environment: ["CI": "true"]).stderr, "that check")
    if try run(["sh", "-c", "command -v python3"], in: fresh).succeeded {
        try new.succeeds(["list", "--python", "py"], "docgen list --python")
        let python = try run(["python3", "py/threads--counting-with-a-lock.py"], in: fresh)
        let swift = try new.succeeds(["run", "threads/counting-with-a-lock"], "docgen run of the sample")
        guard python.succeeded, python.stdout == swift.stdout else {
            throw StepFailure(
                description: "the sample scenario does not print what its Python prints:\n"
                    + "python3:\n\(python.stdout)\(python.stderr)\ndocgen:\n\(swift.stdout)")
        }
        step("docgen fidelity --record records CPython's outputs; docgen fidelity (what the workflow runs) passes")
        try expect(
            "1 passed, 0 failed",
            in: try new.succeeds(["fidelity", "--record"], "docgen fidelity --record").stdout, "that record")
        try expect(
            "PASS threads/counting-with-a-lock",
            in: try new.succeeds(["fidelity"], "docgen fidelity", environment: ["CI": "true"]).stdout,
            "docgen fidelity")
        if try run(["python3", "-c", "import yaml"], in: fresh).succeeded {
            let yaml = try run(
                ["python3", "-c", "import sys, yaml; yaml.safe_load(open(sys.argv[1]))", ".github/workflows/docs.yml"],
                in: fresh)
            guard yaml.succeeded else {
                throw StepFailure(description: "the workflow is not valid YAML:\n\(yaml.stderr)")
            }
        }
    }
    try expect(".docgen-cache/", in: try new.read(".gitignore"), ".gitignore")
    guard !FileManager.default.fileExists(atPath: fresh + "/content/threads/counting-with-a-lock.swift") else {
        throw StepFailure(description: "docgen init wrote a Swift scenario: its sample must be Python only")
    }
    try pythonLinesInDiagnostics(new)
}

/// A traceback and a warning of a translated cell show the page's Python line, and a construct the translator
/// cannot translate fails the build with the page's line and how to go on.
func pythonLinesInDiagnostics(_ project: Project) throws {
    step("a translated cell's traceback and warning show its Python line; an untranslatable construct says what to do")
    try project.write(
        """
        # Python

        ## Fails

        ```python
        import threading


        def crash():
            values = {"a": 1}
            return values["b"]


        t = threading.Thread(target=crash)
        t.start()
        t.join()
        print(threading.currentThread().name)
        ```

        """, to: "content/python.md")
    let failed = try project.succeeds(["run", "python/fails"], "docgen run of a cell whose thread raises")
    try expect(
        "  File \"content/python.md\", line 11, in crash\n    return values[\"b\"]\nKeyError: 'b'", in: failed.stderr,
        "the traceback")
    try expect(
        "content/python.md:17: DeprecationWarning: currentThread() is deprecated, use current_thread() instead\n"
            + "  print(threading.currentThread().name)", in: failed.stderr, "the warning")
    try project.append("\n## Generator\n\n```python\ndef numbers():\n    yield 1\n```\n", to: "content/python.md")
    try expect(
        "content/python.md:24: cannot translate 'yield' (generators): write content/python/generator.swift by hand; "
            + "docgen new python/generator starts it",
        in: try project.fails(["build"], "the build of a generator").stderr, "that build")
    try project.remove("content/python.md")
}

func shards(_ project: Project) throws {
    step("3 shards fill the cache, then a build assembles a site byte-identical to a plain build, executing nothing")
    try project.succeeds(["build", "--out", "plain-site", "--cache", "plain-cache"], "the plain build")
    var cells = 0
    for index in 1...3 {
        let shard = try project.succeeds(
            ["build", "--shard", "\(index)/3", "--out", "shard-site", "--cache", "shard-cache"], "shard \(index)/3")
        try expect("built shard \(index)/3 into shard-cache:", in: shard.stderr, "shard \(index)/3")
        guard let count = shard.stderr.firstMatch(of: #/: (\d+) cell\(s\), /#).flatMap({ Int($0.1) }) else {
            throw StepFailure(description: "shard \(index)/3 did not say how many cells it ran:\n\(shard.stderr)")
        }
        cells += count
    }
    guard cells == 4 else { throw StepFailure(description: "the 3 shards ran \(cells) cells, not the 4 once each") }
    guard !FileManager.default.fileExists(atPath: project.folder + "/shard-site") else {
        throw StepFailure(description: "a shard build wrote a site")
    }
    try expect(
        "4 cell(s), 0 executed, 0 compiled",
        in: try project.succeeds(["build", "--out", "assembled-site", "--cache", "shard-cache"], "the assembly").stderr,
        "the assembly")
    let diff = try run(["diff", "-r", "plain-site", "assembled-site"], in: project.folder)
    guard diff.succeeded else {
        throw StepFailure(description: "the assembled site differs from the plain build's:\n\(diff.stdout)")
    }
    for bad in ["0/3", "4/3", "x/3"] {
        let refused = try project.fails(["build", "--shard", bad], "--shard \(bad)")
        try expect("'\(bad)' is not a shard", in: refused.stderr, "--shard \(bad)")
        guard refused.stderr.split(separator: "\n").count == 1 else {
            throw StepFailure(description: "--shard \(bad): more than one line:\n\(refused.stderr)")
        }
    }
    try project.succeeds(["build", "--record", "--out", "plain-site", "--cache", "plain-cache"], "record")
    var checked = 0
    for index in 1...3 {
        let check = try project.succeeds(
            ["check", "--shard", "\(index)/3", "--cache", "plain-cache"], "check --shard \(index)/3")
        let pattern = try Regex("^shard \(index)/3: (\\d+) cell\\(s\\) checked, (\\d+) match their snapshot$")
        guard
            let match = check.stderr.split(separator: "\n").lazy.compactMap({ $0.wholeMatch(of: pattern) }).first,
            let count = Int(match.output[1].substring ?? ""), match.output[1].substring == match.output[2].substring
        else {
            throw StepFailure(description: "check --shard \(index)/3 did not match every cell:\n\(check.stderr)")
        }
        checked += count
    }
    guard checked == 4 else {
        throw StepFailure(description: "the 3 check shards checked \(checked) cells, not the 4 once each")
    }
}

/// A project of one page with one cell, `page/hello`, whose scenario is a file beside the page.
func makeProject(in folder: String) throws -> Project {
    let project = Project(folder: folder)
    try FileManager.default.createDirectory(atPath: folder + "/content/page", withIntermediateDirectories: true)
    try project.write(
        """
        # Page

        ## Hello

        ```python
        import threading

        def worker():
            print("hello from", threading.current_thread().name)

        t = threading.Thread(target=worker)
        t.start()
        t.join()
        ```

        """, to: "content/page.md")
    try project.write(
        """
        import Threading

        let worker = def("worker") {
            print("hello from", current_thread().name)
        }
        let t = threading.Thread(target: worker)
        try t.start()
        try t.join()

        """, to: "content/page/hello.swift")
    return project
}

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}

guard CommandLine.arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: InstalledDocgenTest EMPTY-FOLDER\n".utf8))
    exit(2)
}
do {
    let project = try makeProject(in: CommandLine.arguments[1])
    try editsAndRecords(project)
    try initialisesAProject(project)
    try shards(project)
    step("passed")
} catch {
    FileHandle.standardError.write(Data("test-installed: FAILED: \(error)\n".utf8))
    exit(1)
}
