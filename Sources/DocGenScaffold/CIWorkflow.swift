/// The GitHub Actions workflow `docgen init` writes (`.github/workflows/docs.yml`): on every push and pull request,
/// install docgen from its source repository (`make install` in the official Swift image), run `docgen check`, then
/// compare every cell with CPython (`docgen fidelity`, with the image's python3).
enum CIWorkflow {
    /// The workflow, cloning docgen from `repository` (`nil`: from the repository variable `DOCGEN_REPOSITORY`).
    static func text(repository: String?) -> String {
        let source = repository.map(doubleQuoted) ?? "${{ vars.DOCGEN_REPOSITORY }}"
        return """
            # Checks every cell of content/ against its snapshot in Tests/Snapshots/ (`docgen check`), then against
            # CPython (`docgen fidelity`: the output each page shows must be one CPython printed, and every output
            # recorded under Tests/Fidelity/ must be among the cell's possible outputs).
            # Assumes docgen is built from its source repository with `make install` (it needs Swift 6.3, from the
            # official swift image, and Debian/Ubuntu's cmark-gfm and highlight.js, which `make install` installs).
            # DOCGEN_REPOSITORY is that repository's git URL: set it below, or as a repository variable
            # (Settings → Secrets and variables → Actions → Variables).
            name: docs

            on:
              push:
              pull_request:

            jobs:
              check:
                runs-on: ubuntu-latest
                container: swift:6.3
                env:
                  DOCGEN_REPOSITORY: \(source)
                  DOCGEN_REF: main
                steps:
                  - uses: actions/checkout@v4
                  - name: Install docgen
                    run: |
                      test -n "$DOCGEN_REPOSITORY" || { echo "set DOCGEN_REPOSITORY to docgen's git URL"; exit 1; }
                      apt-get update -qq && apt-get install -y -qq git make python3
                      git clone --depth 1 --branch "$DOCGEN_REF" "$DOCGEN_REPOSITORY" "$RUNNER_TEMP/docgen"
                      make -C "$RUNNER_TEMP/docgen" install PREFIX=/usr/local
                  - uses: actions/cache@v4
                    with:
                      path: .docgen-cache
                      key: docgen-${{ hashFiles('content/**') }}
                      restore-keys: docgen-
                  - name: Check every cell against its snapshot
                    run: docgen check
                  - name: Compare every cell with CPython
                    run: docgen fidelity

            """
    }

    /// `value` as a YAML double-quoted scalar: `\\`, `"` and every control character escaped, so that no value can
    /// end the string and add keys or steps. (GitHub Actions still evaluates `${{ … }}` inside it: `docgen init`
    /// refuses such values.)
    static func doubleQuoted(_ value: String) -> String {
        var text = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": text += "\\\\"
            case "\"": text += "\\\""
            case "\n": text += "\\n"
            case "\t": text += "\\t"
            case "\r": text += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7f || (0x80..<0xa0).contains(scalar.value)
                    || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xfeff
                {
                    text +=
                        "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
        }
        return text + "\""
    }
}
