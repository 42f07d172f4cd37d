# docgen — executed, verified documentation for concurrent code.
# `make site` and `make test` install what is missing on a fresh Debian machine, then build.

SWIFT      ?= swift
DOCGEN     := .build/debug/docgen
APT_PKGS   := pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev

.PHONY: deps build site test record bench check fidelity clean

# System libraries: cmark-gfm from Debian, installed only when pkg-config cannot find it.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libcmark-gfm; then \
		echo "installing $(APT_PKGS)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PKGS); \
	fi

build: deps
	$(SWIFT) build --product docgen

site: build
	$(DOCGEN) build

test: build
	$(SWIFT) test

record: build
	$(DOCGEN) build --record

clean:
	rm -rf .build .docgen-cache

# 1,000 schedules of a 10-thread queue program (and of the tutorial's queued-threads cell) explored in-process.
.PHONY: bench-explore
bench: bench-explore
bench-explore: deps
	$(SWIFT) build -c release --product ExploreBench
	.build/release/ExploreBench
