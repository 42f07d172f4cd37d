/// The GitHub Actions workflow `docgen init` writes (`.github/workflows/docs.yml`): on every push and pull request,
/// install docgen from its source repository (`make install` in the official Swift image) and run `docgen check`.
enum CIWorkflow {
    /// The workflow, cloning docgen from `repository` (`nil`: from the repository variable `DOCGEN_REPOSITORY`).
    static func text(repository: String?) -> String {
        let source = repository.map { "\"" + $0 + "\"" } ?? "${{ vars.DOCGEN_REPOSITORY }}"
        return """
            # Checks every cell of content/ against its snapshot in Tests/Snapshots/ (`docgen check`).
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
                      apt-get update -qq && apt-get install -y -qq git make
                      git clone --depth 1 --branch "$DOCGEN_REF" "$DOCGEN_REPOSITORY" "$RUNNER_TEMP/docgen"
                      make -C "$RUNNER_TEMP/docgen" install PREFIX=/usr/local
                  - uses: actions/cache@v4
                    with:
                      path: .docgen-cache
                      key: docgen-${{ hashFiles('content/**') }}
                      restore-keys: docgen-
                  - name: Check every cell against its snapshot
                    run: docgen check

            """
    }
}
