/// Turns a PDF's laid-out lines back into the document's structure: drops running headers and
/// footers, rejoins words hyphenated at line ends, and finds paragraphs (by the gap above a line),
/// list items (by their marker) and headings (by a larger or bold font on a line of its own).
/// A paragraph that runs over a page break is kept whole, so no phrase is cut by the page.
enum PDFLayout {
    static func blocks(of pages: [PDFPage]) -> [DocumentBlock] {
        let running = runningLines(in: pages)
        let bodySize = bodyFontSize(of: pages)
        var blocks: [DocumentBlock] = []
        var paragraph: [TextLine] = []
        var paragraphIsListItem = false
        var paragraphIsHeadingCandidate = false
        var previous: (page: Int, line: PDFPage.Line)?

        func flush() {
            defer { paragraph = []; paragraphIsListItem = false; paragraphIsHeadingCandidate = false }
            guard !paragraph.isEmpty else { return }
            if paragraphIsHeadingCandidate {
                blocks.append(.heading(TextLine(paragraph.map(\.text).joined(separator: " "), page: paragraph[0].page, line: paragraph[0].line)))
            } else {
                blocks.append(paragraphIsListItem ? .listItem(paragraph) : .paragraph(paragraph))
            }
        }

        var header: [String]?
        for page in pages {
            let heights = page.lines.map(\.height).filter { $0 > 0 && $0.isFinite }.sorted()
            let lineHeight = heights.isEmpty ? 12 : heights[heights.count / 2]
            let body = page.lines.filter { !$0.text.trimmingWhitespace().isEmpty && !running.contains(PageLine(page: page.number, line: $0.number)) }
            // A column of bullets or numbers set apart from its items comes out as lines of markers
            // alone; each marks the text line level with it as the start of an item.
            let markerTops = body.filter { isListMarker($0.text.trimmingWhitespace()) }.map(\.top)
            for (index, line) in body.enumerated() {
                if isListMarker(line.text.trimmingWhitespace()) { continue }
                // A marker set apart by a gap ("1    This Agreement…") arrives as a cell of its own.
                let markerCell = line.cells.count >= 2 && isListMarker(line.cells[0])
                let cells = markerCell ? Array(line.cells.dropFirst()) : line.cells
                // Two or more lines in a row cut into the same number of cells are a table.
                let isRow = cells.count >= 2 && [index - 1, index + 1].contains { neighbour in
                    body.indices.contains(neighbour) && body[neighbour].cells.count == line.cells.count
                }
                if isRow {
                    flush()
                    let startsTable = index == 0 || body[index - 1].cells.count != line.cells.count
                    if startsTable { header = nil }
                    if startsTable && line.bold {
                        header = cells
                    } else {
                        blocks.append(.tableRow(cells: cells, header: header, at: TextLine("", page: page.number, line: line.number)))
                    }
                    previous = (page.number, line)
                    continue
                }
                let raw = markerCell ? cells.joined(separator: " ") : line.text
                let text = (raw.unicodeScalars.contains("\u{AD}") ? raw.replacingOccurrences(of: "\u{AD}", with: "-") : raw).trimmingWhitespace()
                let marker = listItemText(text)
                    ?? ((markerCell || markerTops.contains { abs($0 - line.top) < 2 }) ? text : nil)
                let looksLikeHeading = marker == nil && isHeadingLike(text, line: line, bodySize: bodySize)
                let sameFontAsPrevious = previous.map { $0.page == page.number && abs($0.line.fontSize - line.fontSize) < 0.5 } ?? false
                let gap = previous.map { $0.page == page.number ? line.top - $0.line.bottom : .infinity } ?? .infinity
                // A heading that wraps goes on in the same font, close below.
                let continuesHeading = paragraphIsHeadingCandidate && looksLikeHeading && sameFontAsPrevious && gap < lineHeight
                var startsBlock = !continuesHeading && (marker != nil || looksLikeHeading || paragraphIsHeadingCandidate)
                if let previous, !continuesHeading {
                    if previous.page == page.number {
                        startsBlock = startsBlock || gap > 0.6 * lineHeight
                    } else {
                        // Across a page break a paragraph goes on unless its last sentence had ended.
                        startsBlock = startsBlock || endsSentence(paragraph.last?.text ?? "")
                    }
                }
                if startsBlock { flush() }
                let located = TextLine(marker ?? text, page: page.number, line: line.number)
                if paragraph.isEmpty {
                    paragraph = [located]
                    paragraphIsListItem = marker != nil
                    paragraphIsHeadingCandidate = looksLikeHeading
                } else {
                    append(located, to: &paragraph)
                }
                previous = (page.number, line)
            }
        }
        flush()
        return blocks
    }

    /// Words that keep their hyphen when a line breaks after them ("auto-" + "renewal").
    private static let compoundPrefixes: Set<String> = [
        "auto", "non", "self", "co", "multi", "cross", "month", "year", "long", "short", "third", "well",
        "high", "low", "full", "part", "follow", "end", "built", "e", "re", "pre", "post", "anti", "sub",
        "after", "out", "in", "on", "off", "up", "per", "all", "one", "two", "three", "semi", "first",
    ]

    /// Adds a line to a paragraph, rejoining a word hyphenated across the break.
    private static func append(_ line: TextLine, to paragraph: inout [TextLine]) {
        var next = line
        if var last = paragraph.last, last.text.hasSuffix("-"),
           last.text.dropLast().last?.isLetter == true, next.text.first?.isLowercase == true {
            let fragment = last.text.dropLast().reversed().prefix { $0.isLetter }.reversed()
            let word = next.text.prefix { !$0.isWhitespace }
            let keepsHyphen = compoundPrefixes.contains(String(fragment).lowercased())
            last.text = (keepsHyphen ? last.text : String(last.text.dropLast())) + word
            next.text = String(next.text.dropFirst(word.count)).trimmingWhitespace()
            paragraph[paragraph.count - 1] = last
            if next.text.isEmpty { return }
        }
        paragraph.append(next)
    }

    /// Lines that repeat at the top or bottom of most pages (digits aside): running heads, page numbers.
    struct PageLine: Hashable {
        var page: Int
        var line: Int
    }

    static func runningLines(in pages: [PDFPage]) -> Set<PageLine> {
        guard pages.count >= 2 else { return [] }
        func edges(_ page: PDFPage) -> [PDFPage.Line] {
            let texts = page.lines.filter { !$0.text.trimmingWhitespace().isEmpty }
            return Array(texts.prefix(2)) + Array(texts.suffix(2))
        }
        var pagesWith: [String: Set<Int>] = [:]
        for page in pages {
            for line in edges(page) { pagesWith[key(line.text), default: []].insert(page.number) }
        }
        let needed = max(2, (pages.count + 1) / 2)
        let repeated = Set(pagesWith.filter { $0.value.count >= needed }.keys)
        return Set(pages.flatMap { page in
            edges(page).filter { repeated.contains(key($0.text)) }.map { PageLine(page: page.number, line: $0.number) }
        })
    }

    private static func key(_ text: String) -> String { PageFurniture.normalised(text) }

    /// The font size most of the text is set in.
    private static func bodyFontSize(of pages: [PDFPage]) -> Double {
        var characters: [Double: Int] = [:]
        for line in pages.flatMap(\.lines) where line.fontSize > 0 { characters[line.fontSize, default: 0] += line.text.count }
        return characters.max { $0.value < $1.value }?.key ?? 0
    }

    /// Short, unpunctuated words set larger or bolder than the body: a heading.
    private static func isHeadingLike(_ text: String, line: PDFPage.Line, bodySize: Double) -> Bool {
        guard line.fontSize > bodySize * 1.15 || (line.bold && line.fontSize >= bodySize) else { return false }
        guard let last = text.last, !".,;:".contains(last), text.contains(where: \.isLetter) else { return false }
        return text.split(whereSeparator: \.isWhitespace).count <= 12
    }

    private static func endsSentence(_ text: String) -> Bool {
        guard let last = text.last else { return true }
        return ".!?:".contains(last)
    }

    /// A bullet, or a short number or letter as lists number their items ("1", "1.", "a)").
    private static func isListMarker(_ cell: String) -> Bool {
        guard (1...4).contains(cell.count) else { return false }
        if cell.count == 1, "•▪◦‣–-*".contains(cell) { return true }
        if cell.allSatisfy(\.isASCIIDigit) { return cell.count <= 3 }
        return MarkdownLine.listItemText(Substring(cell + " x")) == "x"
    }

    /// The text after a list marker (•, –, -, *, 1., a)), or nil.
    private static let bullets: Set<Character> = ["•", "▪", "◦", "‣", "–", "-", "*"]

    private static func listItemText(_ text: String) -> String? {
        if let first = text.first, Self.bullets.contains(first), text.dropFirst().first == " " {
            return String(text.dropFirst(2)).trimmingWhitespace()
        }
        return MarkdownLine.listItemText(Substring(text))
    }
}
