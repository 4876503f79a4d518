/// One line of a document's text and where a reader finds it: page (when the format has pages)
/// and line (on the page for PDF, in the file for Markdown and HTML, the paragraph for DOCX).
public struct TextLine: Sendable, Hashable {
    public var text: String
    public var page: Int?
    public var line: Int

    public init(_ text: String, page: Int? = nil, line: Int) {
        self.text = text
        self.page = page
        self.line = line
    }
}

/// A structural piece of a document, as every format's reader hands it to the segmenter.
public enum DocumentBlock: Sendable, Hashable {
    /// Names the section the following blocks sit under; not evidence itself.
    case heading(TextLine)
    case paragraph([TextLine])
    case listItem([TextLine])
    /// A table row; under a header, each cell is read with its column's name.
    case tableRow(cells: [String], header: [String]?, at: TextLine)
}
