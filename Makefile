# The two commands the README promises, plus what they need.
#   make demo   rank the sample bids for the sample client
#   make test   install test dependencies, build, and run the whole suite

SWIFT_BIN ?= $(firstword $(dir $(shell command -v swift 2>/dev/null)) /opt/swift/usr/bin/)
export PATH := $(SWIFT_BIN):$(PATH)

.PHONY: demo test build release deps test-deps install clean bench fixtures samples

demo: build
	.build/debug/mspvet score --client Samples/client.yaml Samples/proposals/*

build: deps
	swift build

release: deps
	swift build -c release

test: deps test-deps
	swift test --disable-xctest

# Build dependencies: poppler's GLib interface reads PDF text; libxml2 parses HTML.
deps:
	@command -v swift >/dev/null || { echo "Swift 6.3 is needed: put it on PATH or at /opt/swift"; exit 1; }
	@if ! pkg-config --exists poppler-glib libxml-2.0 2>/dev/null; then \
		if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
			apt-get update -qq && apt-get install -y -qq pkg-config libpoppler-glib-dev libxml2-dev >/dev/null; \
		else \
			echo "Install pkg-config, libpoppler-glib-dev and libxml2-dev (as root: apt-get install -y ...)"; exit 1; \
		fi; \
	fi

# Test-only packages: Python's jsonschema validates the JSON output against the committed schema,
# and `script` (util-linux) gives the CLI a terminal to check the colour rules.
test-deps:
	@if ! python3 -c 'import jsonschema' 2>/dev/null || ! command -v script >/dev/null; then \
		if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
			apt-get update -qq && apt-get install -y -qq python3 python3-jsonschema bsdutils >/dev/null; \
		fi; \
	fi
	@python3 -c 'import jsonschema' 2>/dev/null || python3 -m pip install --quiet jsonschema

# Regenerating committed documents needs reportlab and python-docx (PyPI); the results are committed.
fixtures:
	python3 -m pip install --quiet reportlab python-docx
	python3 Tests/MSPVetTests/Fixtures/make-fixtures.py

samples:
	python3 -m pip install --quiet reportlab python-docx
	python3 Samples/make-documents.py

# Benchmarks: `mspvet extract` against `pdftotext` on a generated 100-page PDF.
bench: release
	@command -v hyperfine >/dev/null && command -v pdftotext >/dev/null || apt-get install -y -qq hyperfine poppler-utils >/dev/null
	@python3 -c 'import reportlab' 2>/dev/null || python3 -m pip install --quiet reportlab
	Benchmarks/extract-vs-pdftotext.sh

PREFIX ?= /usr/local
install: release
	install -d $(PREFIX)/bin $(PREFIX)/share/mspvet/Criteria
	install -m 755 .build/release/mspvet $(PREFIX)/bin/mspvet
	install -m 644 Criteria/*.yaml $(PREFIX)/share/mspvet/Criteria/

clean:
	rm -rf .build
