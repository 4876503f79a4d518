/// The sizes mspvet accepts, checked before the work they would cost: a hostile or broken input
/// is refused with one located error instead of running for minutes or exhausting memory.
///
/// Only the file size can be raised (`--max-input-mb`); the others are far beyond any real
/// contract, proposal or criteria set, and exist so that time and memory stay linear in the input.
public struct InputLimits: Sendable, Hashable {
    /// The largest file read, in bytes: 64 MB, about 10,000 pages of text.
    public var fileBytes: Int
    /// Seconds poppler may spend on one PDF. Poppler cannot be interrupted inside a page, so the
    /// read runs on a worker thread and is refused at the deadline: the command exits then, and a
    /// library caller gets its error while the worker finishes the page it is on.
    public var pdfSeconds: Double
    /// Entries in a DOCX's ZIP container (Word writes a few dozen).
    public var archiveEntries: Int
    /// Bytes a DOCX's body may inflate to: the declared size can lie, so this is counted as it
    /// inflates.
    public var archiveInflatedBytes: Int

    /// Limits with the defaults documented on each property.
    public init(fileBytes: Int = 64 << 20, pdfSeconds: Double = 30, archiveEntries: Int = 5_000, archiveInflatedBytes: Int = 64 << 20) {
        self.fileBytes = fileBytes
        self.pdfSeconds = pdfSeconds
        self.archiveEntries = archiveEntries
        self.archiveInflatedBytes = archiveInflatedBytes
    }

    /// The defaults: 64 MB files, 30 s per PDF, 5,000 archive entries, 64 MB inflated.
    public static let standard = InputLimits()

    /// Words (tokens) in one sentence; a longer run without a sentence end (a table of 100,000
    /// columns, a file with no punctuation) is cut into pieces this long.
    public static let sentenceTokens = 2_000
    /// Checks in one criteria set; the defaults have about thirty.
    public static let checks = 10_000
    /// Pages of one PDF.
    public static let pdfPages = 5_000
    /// Characters on one PDF page (a dense page of small print holds about 10,000).
    public static let pdfCharactersPerPage = 200_000
    /// Attributes on one HTML element.
    public static let htmlAttributes = 1_000
    /// Nesting of HTML elements; text deeper than this is dropped with a warning.
    public static let htmlDepth = 256
}
