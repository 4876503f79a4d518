#!/usr/bin/env python3
"""Writes a 100-page proposal PDF for the extraction benchmark: the sample bids' text, laid out
by reportlab with a running header and page footer, repeated until the page count is reached."""
import sys
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

ROOT = Path(__file__).resolve().parent.parent
PAGES = int(sys.argv[2]) if len(sys.argv) > 2 else 100


def paragraphs():
    sources = sorted((ROOT / "Samples/proposals").glob("*.md")) + sorted((ROOT / "Samples/sources").glob("*.md"))
    for source in sources:
        for block in source.read_text().split("\n\n"):
            text = " ".join(line.strip("#|- ") for line in block.splitlines()).strip()
            if text:
                yield text.replace("&", "&amp;").replace("<", "&lt;").replace("**", "")


def build(target):
    styles = getSampleStyleSheet()
    text = list(paragraphs())
    story = []
    # About twelve paragraphs fill a page; a page break keeps the count exact.
    for page in range(PAGES):
        story += [Paragraph(text[(page * 12 + i) % len(text)], styles["BodyText"]) for i in range(12)]
        if page < PAGES - 1:
            story.append(PageBreak())

    def decorate(canvas, document):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, letter[1] - 40, "Benchmark proposal - Confidential")
        canvas.drawRightString(letter[0] - 72, 40, f"Page {document.page} of {PAGES}")

    SimpleDocTemplate(str(target), pagesize=letter, invariant=1).build(story, onFirstPage=decorate, onLaterPages=decorate)


if __name__ == "__main__":
    build(Path(sys.argv[1]))
