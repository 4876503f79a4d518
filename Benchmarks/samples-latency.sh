#!/usr/bin/env bash
# Small-case latency: the seven sample bids (Markdown, DOCX and PDF) scored end to end for the
# sample client, as a user runs it, beside `mspvet --version` (start-up alone). Run with `make bench`.
set -euo pipefail
cd "$(dirname "$0")/.."
work=.build-bench
mkdir -p "$work"
mspvet=.build/release/mspvet
bids=(Samples/proposals/*)
echo "input: ${#bids[@]} bids in Samples/proposals, default criteria, Samples/client.yaml"
# -N runs each command without a shell, so the shell's own start-up is not counted.
hyperfine -N --warmup 5 --runs 60 --export-json "$work/samples.json" \
    --command-name "score the samples" "$mspvet score --client Samples/client.yaml ${bids[*]}" \
    --command-name "start-up (--version)" "$mspvet --version" > /dev/null
python3 - "$work/samples.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"{r['command']}: median {r['median'] * 1000:.1f} ms, mean {r['mean'] * 1000:.1f} ms ± {r['stddev'] * 1000:.1f}, "
          f"min {r['min'] * 1000:.1f} ms")
PY
