import Foundation

/// Reads a proposal in any supported format — Markdown, plain text, PDF, DOCX, HTML — into a
/// document, or says precisely why it cannot, naming the file.
public struct ProposalReader: Sendable {
    var docx = DOCXReader()
    public var limits: InputLimits

    public init(limits: InputLimits = .standard) {
        self.limits = limits
    }

    public func read(path: String) throws -> ProposalDocument {
        try read(TextFileReader.readData(path: path, limits: limits), path: path)
    }

    /// Reads a document's bytes; `path` names it in diagnostics and its extension says which
    /// format it claims to be.
    public func read(_ data: Data, path: String) throws -> ProposalDocument {
        guard data.count <= limits.fileBytes else {
            throw TextFileReader.tooLarge(path, limits: limits)
        }
        guard !data.isEmpty else {
            throw Diagnostic(.emptyFile, at: .start(of: path), "file is empty")
        }
        let format = try DocumentFormat.detect(data, path: path)
        var warnings: [Diagnostic] = []
        var pageCount: Int?
        var blocks: [DocumentBlock] = []
        var sentences: [Sentence]?
        switch format {
        case .text, .markdown:
            // Segmented as the blocks are read: text can hold millions of lines.
            sentences = SentenceSegmenter.segment(try TextFileReader.decode(data, path: path))
        case .html:
            (blocks, warnings) = try HTMLReader().read(data, path: path)
        case .docx:
            blocks = try docx.blocks(of: data, path: path)
        case .pdf:
            let pages = try PDFTextExtractor.pages(of: data, path: path, limits: limits)
            pageCount = pages.count
            blocks = PDFLayout.blocks(of: pages)
            if blocks.isEmpty {
                // Scanned pages hold pictures of text; say so rather than score an empty bid quietly.
                warnings.append(Diagnostic(.emptyFile, at: .start(of: path),
                                           "no text could be extracted from its \(pages.count) page(s) (a scanned image?); it is scored as saying nothing — run OCR or ask for a text PDF",
                                           severity: .warning))
            }
        }
        let document = ProposalDocument(path: path, name: ProposalDocument.name(forPath: path), format: format,
                                        pageCount: pageCount, sentences: sentences ?? SentenceSegmenter.sentences(from: blocks),
                                        warnings: warnings)
        guard !document.sentences.isEmpty || !warnings.isEmpty else {
            throw Diagnostic(.emptyFile, at: .start(of: path), "holds no sentences to score")
        }
        return document
    }
}
