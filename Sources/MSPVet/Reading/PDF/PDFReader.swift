import Foundation

extension DocumentFormat {
    /// PDF, told by `%PDF-` in its first kilobyte.
    public static let pdf = DocumentFormat(id: "pdf", name: "PDF")
}

/// Reads a PDF's text through poppler, then rebuilds paragraphs, lists and tables from its layout.
struct PDFReader: DocumentReader {
    var format: DocumentFormat { .pdf }
    var fileExtensions: [String] { ["pdf"] }
    var isText: Bool { false }

    func recognises(_ head: Data) -> Bool {
        // Some writers put bytes before the header; readers accept it anywhere in the first 1 KB.
        head.range(of: Data("%PDF-".utf8)) != nil
    }

    func read(_ data: Data, path: String, limits: InputLimits) throws -> DocumentText {
        let pages = try PDFTextExtractor.pages(of: data, path: path, limits: limits)
        let blocks = PDFLayout.blocks(of: pages)
        guard blocks.isEmpty else { return DocumentText(blocks: blocks, pageCount: pages.count) }
        // Scanned pages hold pictures of text; say so rather than score an empty bid quietly.
        let warning = Diagnostic(.noExtractableText, at: .start(of: path),
                                 "no text could be extracted from its \(pages.count) page(s) (a scanned image?); it is scored as saying nothing — run OCR or ask for a text PDF",
                                 severity: .warning)
        return DocumentText(sentences: [], pageCount: pages.count, warnings: [warning])
    }
}
