#!/usr/bin/env bash
# Times `mspvet extract` against poppler's own `pdftotext` on the same generated PDFs, 100 and
# 1,000 pages. Both use poppler for the text; mspvet adds layout (running heads, hyphenation,
# tables, lists), sentence segmentation and tokenisation on top. Run with `make bench`.
set -euo pipefail
cd "$(dirname "$0")/.."
work=.build-bench
mkdir -p "$work"
mspvet=.build/release/mspvet
for pages in 100 1000; do
    pdf="$work/proposal-$pages.pdf"
    [ -f "$pdf" ] || python3 Benchmarks/make-long-pdf.py "$pdf" "$pages"
    echo "input: $pdf ($(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}') pages, $(du -k "$pdf" | cut -f1) KB)"
    "$mspvet" extract "$pdf" > "$work/mspvet.txt"
    pdftotext "$pdf" "$work/pdftotext.txt"
    echo "mspvet extract: $(grep -c '^' "$work/mspvet.txt") sentence lines; pdftotext: $(wc -w < "$work/pdftotext.txt") words"
    runs=$(( pages > 100 ? 8 : 15 ))
    hyperfine --warmup 2 --runs "$runs" --export-json "$work/extract-$pages.json" \
        --command-name "mspvet extract" "$mspvet extract $pdf > /dev/null" \
        --command-name "pdftotext" "pdftotext $pdf /dev/null"
    python3 - "$work/extract-$pages.json" "$pages" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
m, p = results["mspvet extract"], results["pdftotext"]
print(f"{sys.argv[2]} pages: mspvet extract {m['mean']*1000:.1f} ms ± {m['stddev']*1000:.1f}; pdftotext {p['mean']*1000:.1f} ms ± {p['stddev']*1000:.1f}; "
      f"ratio {m['mean']/p['mean']:.2f}x")
PY
done
