import Foundation

/// Reads one document format into sentences. One reader per format, each in its own folder, all
/// listed in `DocumentReaders.all`; detection, the refusal of mismatched names and every help
/// string that lists formats come from that list.
public protocol DocumentReader: Sendable {
    var format: DocumentFormat { get }
    /// File extensions that claim this format, lower case, without the dot.
    var fileExtensions: [String] { get }
    /// Text formats have no bytes that announce them: they are chosen by the file's name, or as
    /// the fallback for content no other reader recognises.
    var isText: Bool { get }
    /// Whether the first bytes of a file (up to 1 KB) hold this format; false for text formats.
    func recognises(_ head: Data) -> Bool
    /// Reads the whole file.
    ///
    /// - Parameters:
    ///   - data: The file's bytes, already within the size limit and not empty.
    ///   - path: How diagnostics and evidence name the file.
    ///   - limits: The limits that bound the work.
    /// - Throws: A located ``Diagnostic`` when the bytes cannot be read as this format.
    func read(_ data: Data, path: String, limits: InputLimits) throws -> DocumentText
}

/// What a reader made of a file: its sentences, pages (for formats that have them) and the
/// problems that did not stop the reading.
public struct DocumentText: Sendable {
    /// Every sentence, in order.
    public var sentences: [Sentence]
    /// The number of pages, for formats that have them.
    public var pageCount: Int?
    /// Problems that did not stop the reading.
    public var warnings: [Diagnostic]

    /// Sentences a reader segmented itself (text readers segment as they read).
    public init(sentences: [Sentence], pageCount: Int? = nil, warnings: [Diagnostic] = []) {
        self.sentences = sentences
        self.pageCount = pageCount
        self.warnings = warnings
    }

    /// Sentences segmented from a reader's blocks.
    public init(blocks: [DocumentBlock], pageCount: Int? = nil, warnings: [Diagnostic] = []) {
        self.init(sentences: SentenceSegmenter.sentences(from: blocks), pageCount: pageCount, warnings: warnings)
    }
}
