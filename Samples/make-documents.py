#!/usr/bin/env python3
"""Renders two sample bids the way MSPs send them: Summit's as a PDF, CloudBridge's as a DOCX.

The Markdown sources in Samples/sources/ hold the text; this script lays it out with a running
header and page footer (PDF) or Word's heading, list and table styles (DOCX). The outputs are
committed; run `make samples` after editing a source.

    pip install reportlab python-docx && python3 Samples/make-documents.py
"""
import re
from datetime import datetime
from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).parent


def blocks(markdown):
    """Headings, paragraphs, list items and tables of the Markdown subset the samples use."""
    result, paragraph, table = [], [], []

    def flush():
        if paragraph:
            result.append(("p", " ".join(paragraph)))
            paragraph.clear()
        if table:
            result.append(("table", [row for row in table if not set("".join(row)) <= set("-: ")]))
            table.clear()

    for line in markdown.splitlines():
        stripped = line.strip()
        item = re.match(r"^(\d+\.|-)\s+(.*)", stripped)
        if not stripped:
            flush()
        elif stripped.startswith("#"):
            flush()
            level = len(stripped) - len(stripped.lstrip("#"))
            result.append(("h", level, stripped.lstrip("#").strip()))
        elif stripped.startswith("|"):
            if paragraph:
                flush()
            table.append([cell.strip() for cell in stripped.strip("|").split("|")])
        elif item and not line.startswith("   "):
            flush()
            result.append(("li", item.group(1) != "-", item.group(2)))
        elif result and result[-1][0] == "li" and not paragraph:
            kind, ordered, text = result[-1]
            result[-1] = (kind, ordered, text + " " + stripped)
        else:
            paragraph.append(stripped)
    flush()
    return result


def inline(text):
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)


def write_pdf(source, target, running_head):
    styles = getSampleStyleSheet()
    story, items, ordered = [], [], False

    def end_list():
        if items:
            story.append(ListFlowable(list(items), bulletType="1" if ordered else "bullet", leftIndent=18))
            items.clear()

    for block in blocks(source.read_text()):
        if block[0] != "li":
            end_list()
        if block[0] == "h":
            story.append(Paragraph(inline(block[2]), styles["Heading1" if block[1] == 1 else "Heading2"]))
        elif block[0] == "p":
            story.append(Paragraph(inline(block[1]), styles["BodyText"]))
        elif block[0] == "li":
            ordered = block[1]
            items.append(ListItem(Paragraph(inline(block[2]), styles["BodyText"])))
        elif block[0] == "table":
            table = Table(block[1], hAlign="LEFT")
            table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                                       ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 18)]))
            story += [table, Spacer(1, 10)]
    end_list()

    def decorate(canvas, document):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, letter[1] - 40, running_head)
        canvas.drawRightString(letter[0] - 72, 40, f"Page {document.page}")
        canvas.restoreState()

    SimpleDocTemplate(str(target), pagesize=letter, invariant=1, title=running_head,
                      topMargin=72, bottomMargin=72).build(story, onFirstPage=decorate, onLaterPages=decorate)


def write_docx(source, target):
    document = Document()
    for block in blocks(source.read_text()):
        if block[0] == "h":
            document.add_heading(block[2].replace("**", ""), level=min(block[1], 3))
        elif block[0] == "p":
            document.add_paragraph(block[1].replace("**", ""))
        elif block[0] == "li":
            document.add_paragraph(block[2].replace("**", ""), style="List Number" if block[1] else "List Bullet")
        elif block[0] == "table":
            rows = block[1]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    table.cell(r, c).paragraphs[0].add_run(value).bold = r == 0
    document.core_properties.created = document.core_properties.modified = datetime(2026, 11, 1)
    document.save(str(target))


if __name__ == "__main__":
    write_pdf(HERE / "sources/summit-technology-group.md", HERE / "proposals/summit-technology-group.pdf",
              "Summit Technology Group, Inc. - Confidential proposal for Harbor & Pine Dental Group")
    write_docx(HERE / "sources/cloudbridge-it.md", HERE / "proposals/cloudbridge-it.docx")
