#!/usr/bin/env bash
# Time and peak memory of `mspvet score` from 1 MB to the 64 MB input limit, on three shapes of
# input: real bids repeated, one line of words with no sentence end, and millions of short lines.
# Linear means the MB/s column stays flat. Run with `make bench`, or alone after `make release`.
set -euo pipefail
cd "$(dirname "$0")/.."
work=.build-bench/scaling
mkdir -p "$work"
mspvet=.build/release/mspvet
python3 - "$work" <<'PY'
import os, random, sys
work = sys.argv[1]
bids = "".join(open(os.path.join("Samples/proposals", name)).read() + "\n"
               for name in sorted(os.listdir("Samples/proposals")) if name.endswith(".md"))
random.seed(5)
words = ["renewal", "notice", "term", "fees", "service", "client", "provider", "agreement", "days", "36"]
for size in (1, 2, 4, 8, 16, 32, 63):
    target = size << 20
    paths = {"bids": f"{work}/bids-{size}.md", "one-line": f"{work}/one-line-{size}.md", "short-lines": f"{work}/short-lines-{size}.md"}
    if all(os.path.exists(p) for p in paths.values()):
        continue
    with open(paths["bids"], "w") as out:
        written = 0
        while written < target:
            out.write(bids); written += len(bids)
    with open(paths["one-line"], "w") as out:
        chunk = " ".join(random.choice(words) for _ in range(100_000)) + " "
        for _ in range(target // len(chunk) + 1):
            out.write(chunk)
        out.write("\n")
    with open(paths["short-lines"], "w") as out:
        out.write("ab\n" * (target // 3))
PY
printf '%-12s %6s %8s %8s %8s\n' shape MB seconds 'MB/s' 'RSS MB'
for shape in bids one-line short-lines; do
    for size in 1 2 4 8 16 32 63; do
        file="$work/$shape-$size.md"
        megabytes=$(python3 -c "import os; print(round(os.path.getsize('$file') / 2**20, 1))")
        /usr/bin/time -f "%e %M" -o "$work/time.txt" "$mspvet" score --format json "$file" > /dev/null 2>&1 || true
        read -r seconds kilobytes < "$work/time.txt"
        printf '%-12s %6s %8s %8.2f %8d\n' "$shape" "$megabytes" "$seconds" \
            "$(python3 -c "print($megabytes / max($seconds, 0.01))")" "$((kilobytes / 1024))"
    done
done
