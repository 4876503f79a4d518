# The two commands the README promises, plus what they need.
#   make demo   rank the sample bids for the sample client
#   make test   install test dependencies, build, and run the whole suite

SWIFT_BIN ?= $(firstword $(dir $(shell command -v swift 2>/dev/null)) /opt/swift/usr/bin/)
export PATH := $(SWIFT_BIN):$(PATH)

.PHONY: demo report test unit-test fuzz build release deps test-deps install install-files dist uninstall clean bench fixtures samples docs accuracy

demo: build
	.build/debug/mspvet score --client Samples/client.yaml Samples/proposals/*

# The client report for the samples, and its screenshot for the README.
report: build
	.build/debug/mspvet report --client Samples/client.yaml --out .build/report.html Samples/proposals/*
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --screenshot=docs/report.png \
		--window-size=1280,2000 file://$(CURDIR)/.build/report.html
	# "What to negotiate" alone: every other section hidden, so the asks beside the quotes show.
	sed 's|</head>|<style>main > section:not(#negotiate) { display: none; }</style></head>|' \
		.build/report.html > .build/negotiate.html
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --screenshot=docs/negotiate.png \
		--window-size=1100,1150 file://$(CURDIR)/.build/negotiate.html
	# The RFP: exclusions, costs over the horizon and how robust the ranking is.
	.build/debug/mspvet report --client Samples/client.yaml --rfp Samples/rfp.yaml --prices Samples/prices.yaml \
		$(foreach f,$(wildcard Samples/evaluators/*.yaml),--overrides $(f)) --out .build/rfp.html Samples/proposals/*
	sed 's|</head>|<style>main > section:not(#rfp-ranking):not(#excluded):not(#costs):not(#sensitivity):not(#audit-trail) { display: none; } .cost { display: none; }</style></head>|' \
		.build/rfp.html > .build/rfp-only.html
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --screenshot=docs/rfp.png \
		--window-size=1100,2100 file://$(CURDIR)/.build/rfp-only.html
	# An audit of the incumbent: one contract, led by its key dates, with its tickets' service levels.
	.build/debug/mspvet report --client Samples/client.yaml --as-of 2026-11-23 --tickets Samples/tickets/connectwise.csv \
		--out .build/audit.html Samples/incumbent/ridgeline-msa-2024.md
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --screenshot=docs/audit.png \
		--window-size=1100,1000 file://$(CURDIR)/.build/audit.html
	sed 's|</head>|<style>main > section:not(#service-levels) { display: none; }</style></head>|' \
		.build/audit.html > .build/service-levels.html
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --screenshot=docs/service-levels.png \
		--window-size=1100,960 file://$(CURDIR)/.build/service-levels.html

build: deps
	swift build

# The Swift runtime is linked in: a run starts in 15 ms instead of 24 (no Swift and Foundation
# libraries to load and relocate), and an installed mspvet needs no Swift toolchain beside it.
release: deps
	swift build -c release --static-swift-stdlib

# Every fuzz target briefly (so a regression a fuzzer finds in seconds fails), then the suite.
test: deps test-deps
	FUZZ_SEED=1 $(MAKE) fuzz SECONDS=30
	$(MAKE) unit-test

unit-test: deps test-deps
	swift test --disable-xctest

# libFuzzer targets (Tests/Fuzz): `make fuzz SECONDS=600` runs each for ten minutes.
SECONDS ?= 30
fuzz: deps
	Tests/Fuzz/run.sh $(SECONDS)

# Build dependencies: poppler's GLib interface reads PDF text (opened when a PDF is read; its headers
# check the declarations mspvet calls it through); libxml2 parses HTML; libyaml's event API screens
# YAML before Yams composes it.
deps:
	@command -v swift >/dev/null || { echo "Swift 6.3 is needed: put it on PATH or at /opt/swift"; exit 1; }
	@if ! pkg-config --exists poppler-glib libxml-2.0 yaml-0.1 xlsxwriter 2>/dev/null; then \
		if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
			apt-get update -qq && apt-get install -y -qq pkg-config libpoppler-glib-dev libxml2-dev libyaml-dev libxlsxwriter-dev >/dev/null; \
		else \
			echo "Install pkg-config, libpoppler-glib-dev, libxml2-dev, libyaml-dev and libxlsxwriter-dev (as root: apt-get install -y ...)"; exit 1; \
		fi; \
	fi

# Test-only packages: Python's jsonschema validates the JSON output against the committed schema and
# icalendar (a full RFC 5545 parser) reads the calendar file as a calendar application would,
# `script` (util-linux) gives the CLI a terminal to check the colour rules, and Chromium renders
# the HTML report as a browser would.
test-deps:
	@if ! python3 -c 'import jsonschema, icalendar, openpyxl' 2>/dev/null || ! command -v script >/dev/null || ! command -v chromium >/dev/null || ! command -v unzip >/dev/null; then \
		if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
			apt-get update -qq && apt-get install -y -qq python3 python3-jsonschema python3-icalendar python3-openpyxl bsdutils chromium unzip >/dev/null; \
		fi; \
	fi
	@python3 -c 'import jsonschema' 2>/dev/null || python3 -m pip install --quiet jsonschema
	@python3 -c 'import icalendar' 2>/dev/null || python3 -m pip install --quiet icalendar
	@python3 -c 'import openpyxl' 2>/dev/null || python3 -m pip install --quiet openpyxl

# Accuracy on real contracts: every mapped default check against CUAD's lawyers' labels (read at run
# time from ../shared/data/cuad), beside a keyword search. The mapping and its caveats:
# Benchmarks/accuracy/cuad.yaml.
CUAD ?= ../shared/data/cuad/dev-labels.json
accuracy: release
	.build/release/mspvet criteria measure --labels $(CUAD) --mapping Benchmarks/accuracy/cuad.yaml

# API documentation: the DocC catalog (Sources/MSPVet/MSPVet.docc) over the library's symbol graph,
# into .build/docs; --analyze reports every link that does not resolve.
docs: deps
	rm -rf .build/symbol-graphs && mkdir -p .build/symbol-graphs
	swift build --target MSPVet -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc $(CURDIR)/.build/symbol-graphs
	mkdir -p .build/symbol-graphs/MSPVet && mv .build/symbol-graphs/MSPVet*.symbols.json .build/symbol-graphs/MSPVet/
	docc convert Sources/MSPVet/MSPVet.docc --additional-symbol-graph-dir .build/symbol-graphs/MSPVet \
		--fallback-display-name MSPVet --fallback-bundle-identifier org.mspvet.MSPVet --output-path .build/docs --analyze

# Regenerating committed documents needs reportlab and python-docx (PyPI); the results are committed.
fixtures:
	python3 -m pip install --quiet reportlab python-docx
	python3 Tests/MSPVetTests/Fixtures/make-fixtures.py

samples:
	python3 -m pip install --quiet reportlab python-docx
	python3 Samples/make-documents.py

# Benchmarks: `mspvet extract` against `pdftotext` on a generated 100-page PDF, the samples end
# to end, scoring throughput on a 5 MB proposal, and time and memory from 1 MB to the 64 MB limit.
bench: release
	@command -v hyperfine >/dev/null && command -v pdftotext >/dev/null && command -v rg >/dev/null || apt-get install -y -qq hyperfine poppler-utils ripgrep python3-yaml >/dev/null
	@python3 -c 'import reportlab' 2>/dev/null || python3 -m pip install --quiet reportlab
	Benchmarks/extract-vs-pdftotext.sh
	Benchmarks/samples-latency.sh
	Benchmarks/score-throughput.sh
	Benchmarks/size-scaling.sh
	Benchmarks/corpus-throughput.sh
	Benchmarks/tickets-throughput.sh

PREFIX ?= /usr/local
# The binary, its criteria, shell completions (from ArgumentParser) and a man page (its
# generate-manual plugin), in the places shells and man look under PREFIX.
install: release
	$(MAKE) --no-print-directory install-files BIN=.build/release/mspvet PREFIX=$(PREFIX)

BIN ?= .build/release/mspvet
MANPAGE ?= yes
install-files:
	install -d $(PREFIX)/bin $(PREFIX)/share/mspvet/Criteria $(PREFIX)/share/man/man1 \
		$(PREFIX)/share/bash-completion/completions $(PREFIX)/share/zsh/site-functions $(PREFIX)/share/fish/vendor_completions.d
	install -m 755 $(BIN) $(PREFIX)/bin/mspvet
	install -m 644 Criteria/*.yaml Criteria/README.md $(PREFIX)/share/mspvet/Criteria/
	$(BIN) --generate-completion-script bash > $(PREFIX)/share/bash-completion/completions/mspvet
	$(BIN) --generate-completion-script zsh > $(PREFIX)/share/zsh/site-functions/_mspvet
	$(BIN) --generate-completion-script fish > $(PREFIX)/share/fish/vendor_completions.d/mspvet.fish
	@if [ "$(MANPAGE)" = yes ]; then \
		mkdir -p .build/man && \
		swift package plugin --allow-writing-to-directory .build/man generate-manual --output-directory .build/man && \
		install -m 644 .build/man/mspvet.1 $(PREFIX)/share/man/man1/mspvet.1; \
	fi

# A tarball that runs from any folder on a machine with the system libraries it uses (poppler,
# opened for a PDF; libxml2, libyaml): the Swift runtime linked in, the criteria, completions and man page beside
# the binary in the same layout as an install, and a SHA-256 file.
VERSION := $(shell sed -n 's/.*current = "\(.*\)".*/\1/p' Sources/MSPVet/Support/Version.swift)
DIST := mspvet-$(VERSION)-$(shell uname -s | tr A-Z a-z)-$(shell uname -m)
dist: deps
	swift build -c release --static-swift-stdlib --build-path .build-dist
	rm -rf .build-dist/$(DIST) && mkdir -p .build-dist/$(DIST)
	$(MAKE) --no-print-directory install-files BIN=.build-dist/release/mspvet PREFIX=$(CURDIR)/.build-dist/$(DIST)
	mkdir -p dist
	tar -C .build-dist -czf dist/$(DIST).tar.gz $(DIST)
	cd dist && sha256sum $(DIST).tar.gz > $(DIST).tar.gz.sha256
	@echo "dist/$(DIST).tar.gz"

uninstall:
	rm -f $(PREFIX)/bin/mspvet $(PREFIX)/share/man/man1/mspvet.1 $(PREFIX)/share/bash-completion/completions/mspvet \
		$(PREFIX)/share/zsh/site-functions/_mspvet $(PREFIX)/share/fish/vendor_completions.d/mspvet.fish
	rm -rf $(PREFIX)/share/mspvet

clean:
	rm -rf .build .build-fuzz
