import Foundation

/// Every format mspvet reads, in the order content is tested; adding a format is a reader in its
/// own folder and one line here.
public enum DocumentReaders {
    /// The readers, in the order content is tested against them.
    public static let all: [any DocumentReader] = [
        PDFReader(),
        DOCXReader(),
        HTMLReader(),
        MarkdownReader(),
        PlainTextReader(),
    ]

    /// Formats recognised only to be refused, with what to do instead.
    static let refused: [(name: String, magic: [UInt8], advice: String)] = [
        ("a Word 97–2003 .doc file", [0xD0, 0xCF, 0x11, 0xE0], "save it as .docx or PDF"),
        // Word on Windows saves "Rich Text Format" too; read as text, its control words would be
        // scored as the contract's words.
        ("a Rich Text Format (.rtf) file", Array("{\\rtf".utf8), "save it as .docx or PDF"),
    ]

    /// Content no reader recognises is read as this.
    static var fallback: any DocumentReader { PlainTextReader() }

    /// Starts, in the background, what reading `paths` will need and is slow to open — poppler
    /// for a file named `.pdf` — so that it happens while the criteria load. Reading is the same
    /// without it; it only waits less.
    public static func prepare(forReading paths: [String]) {
        if paths.contains(where: { $0.lowercased().hasSuffix(".pdf") }) { Poppler.prepare() }
    }

    /// The formats for help text, text formats first: "Markdown, plain text, PDF, DOCX or HTML".
    public static var formatList: String {
        let names = (all.filter(\.isText) + all.filter { !$0.isText }).map(\.format.name)
        return names.dropLast().joined(separator: ", ") + (names.count > 1 ? " or " : "") + (names.last ?? "")
    }

    /// The reader for `data`, or a located error when the file's name claims one format and its
    /// bytes hold another: a file misnamed is refused rather than misread.
    static func reader(for data: Data, path: String) throws -> any DocumentReader {
        let head = data.prefix(1024)
        if let refusal = refused.first(where: { head.starts(with: $0.magic) }) {
            throw Diagnostic(.unsupportedFormat, at: .start(of: path), "is \(refusal.name); \(refusal.advice)")
        }
        let sniffed = all.first { $0.recognises(head) }
        let fileExtension = URL(fileURLWithPath: path).pathExtension.lowercased()
        let claimed = fileExtension.isEmpty ? nil : all.first { $0.fileExtensions.contains(fileExtension) }
        switch (claimed, sniffed) {
        case (nil, let sniffed?): return sniffed
        case (nil, nil): return fallback
        // A text format is claimed by its name alone: no bytes announce Markdown.
        case (let claimed?, nil) where claimed.isText: return claimed
        case (let claimed?, let sniffed?) where claimed.format == sniffed.format: return claimed
        case (let claimed?, let sniffed):
            throw Diagnostic(.formatMismatch, at: .start(of: path),
                             "is named as \(claimed.format.name) but holds \(sniffed?.format.name ?? "text"); rename it or export it again")
        }
    }
}
