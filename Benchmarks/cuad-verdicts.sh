#!/usr/bin/env bash
# Every default check's outcome and value on each CUAD dev contract, one line each, for comparing
# two builds: run it with each binary and diff the outputs. An empty diff means the change left
# every verdict, and so every check's precision, recall and F1 against the lawyers' labels, as it was.
#   Benchmarks/cuad-verdicts.sh [BINARY] > verdicts.txt     (default .build/release/mspvet)
# The corpus is read from ../shared/data/cuad at run time; nothing of it is copied here.
set -euo pipefail
cd "$(dirname "$0")/.."
mspvet="${1:-.build/release/mspvet}"
corpus=../shared/data/cuad/dev
[ -d "$corpus" ] || { echo "no CUAD corpus at $corpus" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for contract in "$corpus"/*.txt; do
    name=$(basename "$contract" .txt)
    # A .md name: the contracts are plain text, read as Markdown like any bid.
    cp "$contract" "$work/contract.md"
    if ! "$mspvet" score --format json "$work/contract.md" > "$work/score.json" 2> /dev/null; then
        echo "$name FAILED"
        continue
    fi
    python3 - "$name" "$work/score.json" <<'PY'
import json, sys
name, path = sys.argv[1], sys.argv[2]
for proposal in json.load(open(path))["proposals"]:
    for check in proposal["checks"]:
        print(name, check["id"], check["outcome"], check.get("value"))
PY
done
