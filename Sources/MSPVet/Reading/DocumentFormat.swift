import Foundation

/// The formats mspvet reads, told apart by content first and checked against the file's extension:
/// a file that claims one format and holds another is refused rather than misread.
public enum DocumentFormat: String, Sendable, CaseIterable {
    case text
    case markdown
    case pdf
    case docx
    case html

    public var name: String {
        switch self {
        case .text: "plain text"
        case .markdown: "Markdown"
        case .pdf: "PDF"
        case .docx: "DOCX"
        case .html: "HTML"
        }
    }

    /// What the extension claims; nil when it claims nothing in particular (read by content).
    static func claimed(by path: String) -> DocumentFormat? {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "pdf": .pdf
        case "docx": .docx
        case "html", "htm", "xhtml": .html
        case "md", "markdown": .markdown
        case "txt", "text": .text
        default: nil
        }
    }

    /// The format the bytes hold.
    static func sniffed(from data: Data) -> DocumentFormat? {
        let head = data.prefix(1024)
        if head.range(of: Data("%PDF-".utf8)) != nil { return .pdf }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .docx }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return nil } // OLE: a Word 97–2003 .doc
        let text = String(decoding: head, as: UTF8.self).drop { $0.isWhitespace || $0 == "\u{FEFF}" }.lowercased()
        if ["<!doctype html", "<html", "<head", "<body"].contains(where: text.hasPrefix) { return .html }
        return .text
    }

    /// The format to read `data` as, or a located error when content and name disagree.
    static func detect(_ data: Data, path: String) throws -> DocumentFormat {
        guard let sniffed = sniffed(from: data) else {
            throw Diagnostic(.unreadableFile, at: .start(of: path), "is a Word 97–2003 .doc file; save it as .docx or PDF")
        }
        let claimed = claimed(by: path)
        switch (claimed, sniffed) {
        case (nil, _), (.pdf, .pdf), (.docx, .docx), (.html, .html), (.text, .text), (.markdown, .text):
            return claimed == .markdown ? .markdown : sniffed
        case (.some(let name), _):
            throw Diagnostic(.unreadableFile, at: .start(of: path),
                             "is named as \(name.name) but holds \(sniffed == .text ? "text" : sniffed.name); rename it or export it again")
        }
    }
}
