/// A proposal, contract or report as the scorer reads it: its sentences, in order, with their lines.
public struct ProposalDocument: Sendable {
    /// The path as the user gave it, so evidence points where they will look.
    public var path: String
    /// The file name without folder and extension: how the bid is named in reports.
    public var name: String
    /// The format the document was read as.
    public var format: DocumentFormat
    /// The number of pages, for formats that have them.
    public var pageCount: Int?
    /// Every sentence, list item and table row, in order.
    public let sentences: [Sentence]
    /// Problems that did not stop the reading, such as a PDF with no extractable text.
    public var warnings: [Diagnostic]
    /// Which sentences hold which words, for matching.
    let index: DocumentIndex

    /// A document from sentences already segmented; the index for matching is built here.
    public init(path: String, name: String, format: DocumentFormat = .markdown, pageCount: Int? = nil,
                sentences: [Sentence], warnings: [Diagnostic] = []) {
        self.path = path
        self.name = name
        self.format = format
        self.pageCount = pageCount
        self.sentences = sentences
        self.warnings = warnings
        index = DocumentIndex(sentences: sentences)
    }

    /// A document read from text already in memory (Markdown or plain text).
    public init(path: String, text: String) {
        self.init(path: path, name: Self.name(forPath: path), sentences: SentenceSegmenter.segment(text))
    }

    static func name(forPath path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
        return String(file[..<dot])
    }
}
