/// Collects blocks while the reader walks the body (`word/document.xml`).
///
/// A redline is read as it will be signed, every tracked change accepted; paragraphs Word numbers
/// itself get their labels back from `WordNumbering`, so "10.2" opens its clause as it does in
/// plain text.
struct WordBodyCollector: WordXMLCollector {
    private enum Kind { case paragraph, heading, listItem }

    /// A paragraph being read. A text box's paragraphs stand inside another paragraph: the outer
    /// one waits, and is read on after them.
    private struct OpenParagraph {
        var text = ""
        var kind = Kind.paragraph
        var number: Int
        var style: String?
        var list: String?
        var level: Int?
    }

    private var numbering: WordNumbering
    private var paragraphs: [(kind: Kind, text: String, number: Int, page: Int)] = []
    private var rows: [(cells: [String], header: Bool, number: Int, page: Int, table: Int)] = []
    private var order: [(isRow: Bool, index: Int)] = []

    private var current = OpenParagraph(number: 0)
    private var waiting: [OpenParagraph] = []
    private var inParagraph = false
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

    init(numbering: WordNumbering = WordNumbering()) {
        self.numbering = numbering
    }

    /// An element opens; `attribute` reads one of its attributes by qualified name.
    mutating func start(_ name: String, attribute: (String) -> String?) {
        if Self.isNotRead(name) { notReadDepth += 1 }
        if WordMarkup.recordsFormerProperties(name) { formerPropertiesDepth += 1 }
        // A style, numbering or bold the text had before a tracked change is not its own now.
        if formerPropertiesDepth > 0 { return }
        switch name {
        case "w:p":
            if inParagraph { waiting.append(current) }
            paragraphNumber += 1
            current = OpenParagraph(number: paragraphNumber)
            inParagraph = true
        case "w:pStyle":
            current.style = attribute("w:val")
            let style = (current.style ?? "").lowercased()
            if style.hasPrefix("heading") || style == "title" || style == "subtitle" {
                current.kind = .heading
            } else if style.contains("list") {
                current.kind = .listItem
            }
        case "w:numPr":
            if current.kind != .heading { current.kind = .listItem }
        case "w:numId":
            current.list = attribute("w:val")
        case "w:ilvl":
            current.level = attribute("w:val").flatMap { Int($0) }
        case "w:t":
            inText = true
        case "w:tab" where notReadDepth == 0:
            current.text += " "
        // Word writes a non-breaking hyphen as an element of its own: "auto‑renewal" keeps its hyphen.
        case "w:noBreakHyphen" where notReadDepth == 0 && !runIsHidden:
            current.text += "-"
        case "w:br", "w:cr":
            if attribute("w:type") == "page" {
                pageBreak()
            } else {
                current.text += " "
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
            runIsBold = WordMarkup.isOn(attribute("w:val"))
        case "w:vanish":
            runIsHidden = WordMarkup.isOn(attribute("w:val"))
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

    /// Elements whose text is not read (`notReadDepth`).
    private static func isNotRead(_ name: String) -> Bool {
        switch name {
        case "w:del", "w:moveFrom", "mc:Fallback": true
        default: false
        }
    }

    mutating func characters(_ string: String) {
        // Hidden text (`w:vanish`) is neither shown nor printed: what the reader of the contract
        // never sees is not evidence, as in HTML.
        guard inText, notReadDepth == 0, !runIsHidden else { return }
        current.text += string
        if !string.trimmingWhitespace().isEmpty { textSinceBreak = true }
        if tableDepth >= 1, !string.trimmingWhitespace().isEmpty, !runIsBold { rowIsBold = false }
    }

    mutating func end(_ name: String) {
        if Self.isNotRead(name) { notReadDepth = max(0, notReadDepth - 1) }
        if WordMarkup.recordsFormerProperties(name) {
            formerPropertiesDepth = max(0, formerPropertiesDepth - 1)
            return
        }
        if formerPropertiesDepth > 0 { return }
        switch name {
        case "w:t":
            inText = false
        case "w:p":
            finishParagraph()
            if let outer = waiting.popLast() { current = outer } else { inParagraph = false }
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

    private mutating func finishParagraph() {
        var clean = current.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var kind = current.kind
        // A numbered paragraph is counted even when empty, as Word counts it.
        if let (list, level) = numbering.numbering(list: current.list, level: current.level, style: current.style),
           let label = numbering.label(list: list, level: level), !clean.isEmpty {
            (clean, kind) = Self.labelled(clean, kind: kind, label: label)
        }
        if tableDepth >= 1 {
            if !clean.isEmpty { cellText.append(clean) }
        } else if !clean.isEmpty {
            order.append((false, paragraphs.count))
            paragraphs.append((kind, clean, current.number, page))
        }
    }

    /// A numbered paragraph as plain text would show it. A clause number ("10.2", "Schedule
    /// II", "ARTICLE IV") is written before the text; a heading keeps it, and so does a paragraph
    /// whose number is multi-level or prefixed, a clause of its own. A list's single number ("3.") is kept only
    /// where it numbers a title, as in plain text ("3. Services. The Provider…"). Letters, lower
    /// Roman numerals and bullets are list labels, dropped as Markdown drops them.
    private static func labelled(_ text: String, kind: Kind, label: (text: String, format: WordNumbering.Format)) -> (String, Kind) {
        let number = label.text.trimmingWhitespace()
        let numbered = number + " " + text
        guard !number.isEmpty, label.format != .bullet,
              let (_, _, isStrong) = ClauseHeading.leadingNumber(in: Substring(numbered)) else { return (text, kind) }
        if kind == .heading { return (numbered, .heading) }
        if isStrong || ClauseHeading.keepsNumber(numbered) { return (numbered, .paragraph) }
        return (text, .listItem)
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
