#!/usr/bin/env bash
# Scoring throughput: `mspvet score` on a 5 MB proposal (the sample bids repeated), against
# `mspvet extract` on the same file, so reading and matching can be told apart. Run with `make bench`.
set -euo pipefail
cd "$(dirname "$0")/.."
work=.build-bench
mkdir -p "$work"
big="$work/large.md"
if [ ! -f "$big" ]; then
    for _ in $(seq 431); do cat Samples/proposals/*.md Samples/sources/*.md; echo; done > "$big"
fi
mspvet=.build/release/mspvet
bytes=$(wc -c < "$big")
echo "input: $big ($((bytes / 1024)) KB, $("$mspvet" extract "$big" | grep -c '^') sentence lines)"
hyperfine --warmup 1 --runs 5 --export-json "$work/score.json" \
    --command-name "mspvet score" "$mspvet score --format json $big > /dev/null" \
    --command-name "mspvet extract" "$mspvet extract $big > /dev/null"
python3 - "$work/score.json" "$bytes" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
megabytes = int(sys.argv[2]) / 1e6
score, extract = results["mspvet score"]["mean"], results["mspvet extract"]["mean"]
print(f"score {score:.2f} s ({megabytes / score:.2f} MB/s); reading alone {extract:.2f} s; "
      f"matching every check {score - extract:.2f} s ({megabytes / (score - extract):.2f} MB/s)")
PY
