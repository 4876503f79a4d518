internal import CLibXML2
import Foundation
internal import ZIPFoundation

extension DocumentFormat {
    /// Word 2007 and later (`.docx`), told by its ZIP signature.
    public static let docx = DocumentFormat(id: "docx", name: "DOCX")
}

/// Reads a Word document's body (`word/document.xml`): paragraphs, headings (by style), list items
/// (numbered or list-styled), and tables row by row, with text split across formatting runs joined
/// back. Lines are paragraph numbers; pages are counted from the page breaks Word records, when the
/// file has any.
///
/// The archive is opened with limits, since a DOCX is a ZIP that may be a bomb: too many entries or
/// a body that inflates past the cap is refused before it is read. The body is read with libxml2's
/// pull parser: entities are never substituted and nothing is fetched, and a body of tens of
/// megabytes on one line (as Word writes it) is read, which Foundation's XMLParser refuses.
struct DOCXReader: DocumentReader {
    var format: DocumentFormat { .docx }
    var fileExtensions: [String] { ["docx"] }
    var isText: Bool { false }

    func recognises(_ head: Data) -> Bool {
        head.starts(with: [0x50, 0x4B, 0x03, 0x04])
    }

    func read(_ data: Data, path: String, limits: InputLimits) throws -> DocumentText {
        DocumentText(blocks: try blocks(of: data, path: path, limits: limits))
    }

    func blocks(of data: Data, path: String, limits: InputLimits = .standard) throws -> [DocumentBlock] {
        let body = try documentXML(from: data, path: path, limits: limits)
        var collector = WordBodyCollector()
        try WordXMLReader.read(body, into: &collector, path: path)
        return collector.blocks()
    }

    private func documentXML(from data: Data, path: String, limits: InputLimits) throws -> Data {
        // ZIPFoundation's in-memory archive traps on an offset past the end of the data (a damaged
        // central directory); a file-backed one just reads nothing there. So the bytes are read
        // from a private temporary file.
        let file = try PrivateTemporaryFile(holding: data, path: path)
        defer { file.remove() }
        let archive: Archive
        do {
            archive = try Archive(url: file.url, accessMode: .read)
        } catch {
            throw Diagnostic(.damagedDocument, at: .start(of: path), "is not a valid DOCX (its ZIP container cannot be read; truncated?)")
        }
        var entries = 0
        for _ in archive {
            entries += 1
            if entries > limits.archiveEntries {
                throw Diagnostic(.archiveLimit, at: .start(of: path),
                                 "is refused: its ZIP container holds more than \(limits.archiveEntries.grouped) entries (a zip bomb?)")
            }
        }
        guard let entry = archive["word/document.xml"] else {
            throw Diagnostic(.unsupportedFormat, at: .start(of: path), "is a ZIP file but not a Word document (no word/document.xml)")
        }
        var body = Data()
        let cap = limits.archiveInflatedBytes
        do {
            // The declared size can lie, so the cap is enforced on the bytes actually inflated.
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                body.append(chunk)
                if body.count > cap { throw DOCXTooLarge() }
            }
        } catch is DOCXTooLarge {
            throw Diagnostic(.archiveLimit, at: .start(of: path),
                             "is refused: its text inflates past \(cap >> 20) MB (a zip bomb?)")
        } catch {
            throw Diagnostic(.damagedDocument, at: .start(of: path), "is not a valid DOCX (word/document.xml cannot be inflated; damaged?)")
        }
        return body
    }
}

private struct DOCXTooLarge: Error {}

/// Collects blocks while the reader walks the body.
struct WordBodyCollector {
    private enum Kind { case paragraph, heading, listItem }

    private var paragraphs: [(kind: Kind, text: String, number: Int, page: Int)] = []
    private var rows: [(cells: [String], header: Bool, number: Int, page: Int, table: Int)] = []
    private var order: [(isRow: Bool, index: Int)] = []

    private var text = ""
    private var kind = Kind.paragraph
    private var paragraphNumber = 0
    private var page = 1
    private var sawPageBreak = false
    /// Word often records one page boundary twice (an explicit break and a rendered one).
    private var textSinceBreak = true
    private var rowStart = 0
    private var inText = false
    private var tableDepth = 0
    private var tableCount = 0
    private var cells: [String] = []
    private var cellText: [String] = []
    private var rowIsHeader = false
    private var rowIsBold = true
    private var runIsBold = false
    private var runIsHidden = false
    /// Inside markup whose text is not in the document as it now reads: a tracked deletion (its
    /// words are `w:delText`, never read, but a hyphen or tab in it would be), a tracked move's
    /// source (its text stands again at the destination; accepting the move removes it here), and
    /// a text box's VML fallback (the same box again, for readers that cannot draw the first).
    private var notReadDepth = 0
    /// Inside a tracked change of formatting, which records the properties before the change.
    private var formerPropertiesDepth = 0

    /// An element opens; `attribute` reads one of its attributes by qualified name.
    mutating func start(_ name: String, attribute: (String) -> String?) {
        if Self.isNotRead(name) { notReadDepth += 1 }
        if Self.isFormerProperties(name) { formerPropertiesDepth += 1 }
        // A style, numbering or bold the text had before a tracked change is not its own now.
        if formerPropertiesDepth > 0 { return }
        switch name {
        case "w:p":
            text = ""
            kind = .paragraph
            paragraphNumber += 1
        case "w:pStyle":
            let style = (attribute("w:val") ?? "").lowercased()
            if style.hasPrefix("heading") || style == "title" || style == "subtitle" {
                kind = .heading
            } else if style.contains("list") {
                kind = .listItem
            }
        case "w:numPr":
            if kind != .heading { kind = .listItem }
        case "w:t":
            inText = true
        case "w:tab" where notReadDepth == 0:
            text += " "
        // Word writes a non-breaking hyphen as an element of its own: "auto‑renewal" keeps its hyphen.
        case "w:noBreakHyphen" where notReadDepth == 0 && !runIsHidden:
            text += "-"
        case "w:br", "w:cr":
            if attribute("w:type") == "page" {
                pageBreak()
            } else {
                text += " "
            }
        case "w:lastRenderedPageBreak":
            pageBreak()
        case "w:tbl":
            tableDepth += 1
            if tableDepth == 1 { tableCount += 1 }
        case "w:tr" where tableDepth == 1:
            rowStart = paragraphNumber + 1
            cells = []
            rowIsHeader = false
            rowIsBold = true
        case "w:tblHeader":
            rowIsHeader = true
        case "w:tc" where tableDepth == 1:
            cellText = []
        case "w:r":
            runIsBold = false
            runIsHidden = false
        case "w:b":
            runIsBold = Self.isOn(attribute("w:val"))
        case "w:vanish":
            runIsHidden = Self.isOn(attribute("w:val"))
        default:
            break
        }
    }

    private mutating func pageBreak() {
        guard textSinceBreak else { return }
        page += 1
        sawPageBreak = true
        textSinceBreak = false
    }

    /// A toggle property is on unless its value turns it off (`<w:b/>`, `<w:b w:val="0"/>`).
    private static func isOn(_ value: String?) -> Bool {
        value.map { $0 != "0" && $0 != "false" && $0 != "off" } ?? true
    }

    /// Elements whose text is not read (`notReadDepth`).
    private static func isNotRead(_ name: String) -> Bool {
        switch name {
        case "w:del", "w:moveFrom", "mc:Fallback": true
        default: false
        }
    }

    /// Elements that record formatting before a tracked change (`formerPropertiesDepth`).
    private static func isFormerProperties(_ name: String) -> Bool {
        name == "w:rPrChange" || name == "w:pPrChange"
    }

    mutating func characters(_ string: String) {
        // Hidden text (`w:vanish`) is neither shown nor printed: what the reader of the contract
        // never sees is not evidence, as in HTML.
        guard inText, notReadDepth == 0, !runIsHidden else { return }
        text += string
        if !string.trimmingWhitespace().isEmpty { textSinceBreak = true }
        if tableDepth >= 1, !string.trimmingWhitespace().isEmpty, !runIsBold { rowIsBold = false }
    }

    mutating func end(_ name: String) {
        if Self.isNotRead(name) { notReadDepth = max(0, notReadDepth - 1) }
        if Self.isFormerProperties(name) {
            formerPropertiesDepth = max(0, formerPropertiesDepth - 1)
            return
        }
        if formerPropertiesDepth > 0 { return }
        switch name {
        case "w:t":
            inText = false
        case "w:p":
            let clean = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if tableDepth >= 1 {
                if !clean.isEmpty { cellText.append(clean) }
            } else if !clean.isEmpty {
                order.append((false, paragraphs.count))
                paragraphs.append((kind, clean, paragraphNumber, page))
            }
        case "w:tc" where tableDepth == 1:
            cells.append(cellText.joined(separator: " "))
        case "w:tr" where tableDepth == 1:
            if cells.contains(where: { !$0.isEmpty }) {
                order.append((true, rows.count))
                rows.append((cells, rowIsHeader || rowIsBold, rowStart, page, tableCount))
            }
        case "w:tbl":
            tableDepth -= 1
        default:
            break
        }
    }

    /// The blocks in document order; a table's first row is its header when Word marks it as one
    /// (repeat as header row) or sets it all in bold. Pages are given only when Word recorded breaks.
    func blocks() -> [DocumentBlock] {
        let withPages = sawPageBreak
        var blocks: [DocumentBlock] = []
        var header: (table: Int, cells: [String])?
        // Each table's first row and row count, found once: looked up per row, they made a table
        // of many rows quadratic.
        var firstRow: [Int: Int] = [:]
        var rowCount: [Int: Int] = [:]
        for (index, row) in rows.enumerated() {
            if firstRow[row.table] == nil { firstRow[row.table] = index }
            rowCount[row.table, default: 0] += 1
        }
        for (isRow, index) in order {
            if isRow {
                let row = rows[index]
                let location = TextLine("", page: withPages ? row.page : nil, line: row.number)
                if firstRow[row.table] == index, row.header, rowCount[row.table, default: 0] > 1 {
                    header = (row.table, row.cells)
                    continue
                }
                let columns = header?.table == row.table ? header?.cells : nil
                blocks.append(.tableRow(cells: row.cells, header: columns, at: location))
            } else {
                let paragraph = paragraphs[index]
                let line = TextLine(paragraph.text, page: withPages ? paragraph.page : nil, line: paragraph.number)
                switch paragraph.kind {
                case .heading: blocks.append(.heading(line))
                case .listItem: blocks.append(.listItem([line]))
                case .paragraph: blocks.append(.paragraph([line]))
                }
            }
        }
        return blocks
    }
}
