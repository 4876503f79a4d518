#!/usr/bin/env bash
# Throughput and peak memory of `mspvet score` on many contracts in one call, beside ripgrep
# searching the same files for every literal phrase of the default criteria, in the same run:
# the CUAD dev split (read from ../shared at run time; skipped with a message when absent) and a
# generated portfolio of 1, 4, 16 and 64 MB. Also one job against all, to show both cores at work.
# Run with `make bench`, or alone after `make release` (needs hyperfine, ripgrep, GNU time).
set -euo pipefail
cd "$(dirname "$0")/.."
work=.build-bench/corpus
mkdir -p "$work"
mspvet=.build/release/mspvet

# Every maximal run of plain words in the default criteria's patterns: what a person would grep for.
python3 - "$work/phrases.txt" <<'PY'
import glob, re, sys, yaml
phrases = set()
def walk(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("patterns", "prefer-context", "competing-patterns") and isinstance(value, list):
                for pattern in value:
                    if isinstance(pattern, str):
                        for run in re.split(r"[~*()|=\[\]{}<>!^?]|\b~\d+\b|\s-\s", pattern):
                            run = " ".join(w for w in run.split() if re.fullmatch(r"[a-z0-9'$%.,-]+", w, re.I))
                            if len(run) >= 4:
                                phrases.add(run.lower())
            else:
                walk(value)
    elif isinstance(node, list):
        for item in node:
            walk(item)
for path in sorted(glob.glob("Criteria/*.yaml")):
    walk(yaml.safe_load(open(path)))
open(sys.argv[1], "w").write("\n".join(sorted(phrases)) + "\n")
print(f"{len(phrases)} literal phrases from the default criteria", file=sys.stderr)
PY

# A portfolio: the sample bids and contracts, cut into files of about 60 KB, up to each size.
python3 - "$work" <<'PY'
import glob, os, sys
work = sys.argv[1]
text = "".join(open(p).read() + "\n" for p in sorted(glob.glob("Samples/proposals/*.md") + glob.glob("Samples/incumbent/*.md") + glob.glob("Samples/sources/*.md")))
for size in (1, 4, 16, 64):
    folder = f"{work}/portfolio-{size}"
    if os.path.isdir(folder):
        continue
    os.makedirs(folder)
    written, index = 0, 0
    while written < size << 20:
        chunk = (text * (60_000 // len(text) + 1))[:60_000]
        open(f"{folder}/contract-{index:04d}.md", "w").write(chunk)
        written += len(chunk); index += 1
PY

measure() {  # name, files...
    local name=$1; shift
    local bytes; bytes=$(cat "$@" | wc -c)
    hyperfine --warmup 1 --runs 3 --export-json "$work/$name.json" \
        --command-name mspvet "$mspvet score --format json $* > /dev/null" \
        --command-name "mspvet --jobs 1" "$mspvet score --jobs 1 --format json $* > /dev/null" \
        --command-name ripgrep "rg -i -F -f $work/phrases.txt --count-matches $* > /dev/null || true" > /dev/null
    /usr/bin/time -f "%M" -o "$work/rss.txt" "$mspvet" score --format json "$@" > /dev/null
    python3 - "$work/$name.json" "$bytes" "$(cat "$work/rss.txt")" "$name" "$#" <<'PY'
import json, sys
results = {r["command"]: r["median"] for r in json.load(open(sys.argv[1]))["results"]}
mb, rss, name, files = int(sys.argv[2]) / 1e6, int(sys.argv[3]) / 1024, sys.argv[4], sys.argv[5]
m, one, rg = results["mspvet"], results["mspvet --jobs 1"], results["ripgrep"]
print(f"{name:14} {files:>5} {mb:7.1f} {m:7.2f} {mb / m:7.1f} {mb / one:7.1f} {mb / rg:8.1f} {rg / m:6.3f} {rss:7.0f}")
PY
}

echo "corpus          files      MB       s    MB/s  1 job MB/s  rg MB/s  ×rg  RSS MB"
if [ -d ../shared/data/cuad/dev ]; then
    measure cuad-dev ../shared/data/cuad/dev/*.txt
else
    echo "cuad-dev        skipped: no corpus at ../shared/data/cuad/dev"
fi
for size in 1 4 16 64; do
    measure "portfolio-$size" "$work/portfolio-$size"/*.md
done
