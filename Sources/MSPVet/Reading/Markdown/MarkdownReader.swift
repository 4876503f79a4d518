import Foundation

extension DocumentFormat {
    /// Markdown (`.md`, `.markdown`).
    public static let markdown = DocumentFormat(id: "markdown", name: "Markdown")
}

/// Reads Markdown: headings name sections, lists and tables keep their structure.
struct MarkdownReader: DocumentReader {
    var format: DocumentFormat { .markdown }
    var fileExtensions: [String] { ["md", "markdown"] }
    var isText: Bool { true }

    func recognises(_ head: Data) -> Bool { false }

    func read(_ data: Data, path: String, limits: InputLimits) throws -> DocumentText {
        // Segmented as the blocks are read: text can hold millions of lines.
        let (text, warnings) = try TextFileReader.decodeDocument(data, path: path)
        return DocumentText(sentences: SentenceSegmenter.segment(text), warnings: warnings)
    }
}
