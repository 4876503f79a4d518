import Foundation

extension DocumentFormat {
    /// Plain text (`.txt`, `.text`, or any text with no other name).
    public static let text = DocumentFormat(id: "text", name: "plain text")
}

/// Reads plain text: paragraphs are separated by blank lines. It is read like Markdown, since a
/// plain-text proposal's lists and underlined headings are written the same way.
struct PlainTextReader: DocumentReader {
    var format: DocumentFormat { .text }
    var fileExtensions: [String] { ["txt", "text"] }
    var isText: Bool { true }

    func recognises(_ head: Data) -> Bool { false }

    func read(_ data: Data, path: String, limits: InputLimits) throws -> DocumentText {
        let (text, warnings) = try TextFileReader.decodeDocument(data, path: path)
        return DocumentText(sentences: SentenceSegmenter.segment(text), warnings: warnings)
    }
}
