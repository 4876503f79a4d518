/// One line of a document's text and where a reader finds it: page (when the format has pages)
/// and line (on the page for PDF, in the file for Markdown and HTML, the paragraph for DOCX).
public struct TextLine: Sendable, Hashable {
    /// Never holds a line end, however it is set: the segmenter counts lines by the ends it puts
    /// between text lines.
    public var text: String {
        didSet { text = LineBreaks.flattened(text) }
    }
    /// The page, for formats that have pages.
    public var page: Int?
    /// The line: on the page for PDF, in the file for text and HTML, the paragraph for DOCX.
    public var line: Int

    /// Any line end inside `text` becomes a space: a text line is one line of its document.
    public init(_ text: String, page: Int? = nil, line: Int) {
        self.text = LineBreaks.flattened(text)
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

    /// Whether the block is a list item, whose marker the reader has taken from its text.
    var isListItem: Bool {
        if case .listItem = self { true } else { false }
    }
}
