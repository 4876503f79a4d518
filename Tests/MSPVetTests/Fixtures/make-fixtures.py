#!/usr/bin/env python3
"""Builds the PDF and DOCX fixtures of the document tests from the text below.

The PDF is drawn line by line so the test knows exactly where every line falls: a running header
and footer on each page, a table with a bold header row, a word hyphenated at a line end and
another across a page break. The DOCX holds the same text with Word's structures: heading styles,
a word split across formatting runs, a table with a header row, list items and a page break.
contract.md is the same content in Markdown; the tests require equal scores for all three.

    pip install reportlab python-docx && python3 make-fixtures.py
"""
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from reportlab.lib.pagesizes import letter
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen.canvas import Canvas

HERE = Path(__file__).parent
HEADER = "Acme Managed Services - Master Services Agreement"

# Each page: a list of (kind, text) drawn top to bottom; "gap" leaves a paragraph space.
PAGES = [
    [
        ("heading", "Term and Termination"),
        ("body", "This Agreement has an initial term of thirty-six (36) months and shall automatically"),
        ("body", "renew for successive twelve (12) month terms unless either party provides written no-"),
        ("body", "tice of non-renewal at least ninety (90) days before the end of the then-current term."),
        ("gap", ""),
        ("body", "If Client terminates early, all remaining monthly fees for the balance of the term become"),
        ("body", "immediately due and payable."),
        ("heading", "Service Levels"),
        ("row-bold", ["Priority", "Response", "Resolution"]),
        ("row", ["P1 - clinic down", "15 minutes", "4 hours"]),
        ("row", ["P2 - degraded", "1 hour", "8 hours"]),
    ],
    [
        ("heading", "Security"),
        ("body", "We enforce multi-factor authentication on every account and deploy EDR on every"),
        ("body", "endpoint. We test restores quarterly and send you the results. Unlike most pro-"),
        ("body", "viders, we do not charge early termi-"),
    ],
    [
        ("body", "nation fees of any kind."),
        ("gap", ""),
        ("bullet", "The same two engineers support you every week."),
        ("bullet", "You own all of your data, documentation and credentials."),
    ],
]


def draw_pdf(path, encrypt=None, text=True):
    canvas = Canvas(str(path), pagesize=letter, encrypt=encrypt, invariant=1)
    width, height = letter
    for number, page in enumerate(PAGES, start=1):
        canvas.setFont("Helvetica", 8)
        if text:
            canvas.drawString(72, height - 40, HEADER)
            canvas.drawString(72, 40, f"Page {number} of {len(PAGES)}")
        else:
            canvas.rect(72, 72, width - 144, height - 144)  # a scan: pictures, no text
        y = height - 90
        for kind, content in page:
            if not text:
                break
            if kind == "heading":
                y -= 10
                canvas.setFont("Helvetica-Bold", 15)
                canvas.drawString(72, y, content)
                y -= 26
            elif kind == "gap":
                y -= 12
            elif kind.startswith("row"):
                canvas.setFont("Helvetica-Bold" if kind == "row-bold" else "Helvetica", 10)
                for column, cell in enumerate(content):
                    canvas.drawString(72 + column * 150, y, cell)
                y -= 16
            elif kind == "bullet":
                canvas.setFont("Helvetica", 10)
                canvas.drawString(72, y, "\u2022 " + content)
                y -= 16
            else:
                canvas.setFont("Helvetica", 10)
                canvas.drawString(72, y, content)
                y -= 14
        canvas.showPage()
    canvas.save()


def write_docx(path):
    document = Document()
    document.add_heading("Term and Termination", level=1)
    paragraph = document.add_paragraph("This Agreement has an initial term of thirty-six (36) months and shall ")
    # One word split across runs with different formatting, as Word does after an edit.
    paragraph.add_run("auto")
    paragraph.add_run("matically").italic = True
    paragraph.add_run(" renew for successive twelve (12) month terms unless either party provides written notice "
                      "of non-renewal at least ninety (90) days before the end of the then-current term.")
    document.add_paragraph("If Client terminates early, all remaining monthly fees for the balance of the term "
                           "become immediately due and payable.")
    document.add_heading("Service Levels", level=2)
    rows = [["Priority", "Response", "Resolution"], ["P1 - clinic down", "15 minutes", "4 hours"],
            ["P2 - degraded", "1 hour", "8 hours"]]
    table = document.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            run = table.cell(r, c).paragraphs[0].add_run(value)
            run.bold = r == 0
    header = table.rows[0]._tr.get_or_add_trPr()
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    header.append(marker)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading("Security", level=2)
    document.add_paragraph("We enforce multi-factor authentication on every account and deploy EDR on every endpoint. "
                           "We test restores quarterly and send you the results. Unlike most providers, we do not "
                           "charge early termination fees of any kind.")
    document.add_paragraph("The same two engineers support you every week.", style="List Bullet")
    document.add_paragraph("You own all of your data, documentation and credentials.", style="List Bullet")
    # A fixed date keeps the file the same byte for byte each time it is built.
    document.core_properties.created = document.core_properties.modified = datetime(2026, 1, 1)
    document.save(str(path))


if __name__ == "__main__":
    draw_pdf(HERE / "contract.pdf")
    draw_pdf(HERE / "encrypted.pdf", encrypt=StandardEncryption("client-secret", canPrint=0))
    draw_pdf(HERE / "scanned.pdf", text=False)
    write_docx(HERE / "contract.docx")
