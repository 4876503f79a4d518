/// Reads Markdown or plain text into blocks: paragraphs, list items, table rows (a row above a
/// `|---|` line is the header), headings (`#` or underlined); code fences and rules are skipped.
///
/// Page furniture (page numbers, running headers and footers) is dropped, and a sentence that a
/// page break cut is joined again: text saved from a printed contract has a footer and blank lines
/// in the middle of clauses.
enum MarkdownBlocks {
    /// Lines of one paragraph; past this, the lines that follow start another.
    static let maximumParagraphLines = 1_000

    static func blocks(_ text: String) -> [DocumentBlock] {
        var blocks: [DocumentBlock] = []
        forEachBlock(in: text) { blocks.append($0) }
        return blocks
    }

    /// Hands each block to `body` as soon as it is read, so a caller that consumes blocks as they
    /// come never holds the whole document's blocks at once.
    static func forEachBlock(in text: String, _ body: (DocumentBlock) -> Void) {
        var paragraph: [TextLine] = []
        var isListItem = false
        // A table row is held back until the next line says whether it was the header.
        var heldRow: (line: Int, cells: [String])?
        var header: [String]?
        var inFence = false
        let furniture = PageFurniture(text)
        // A paragraph that stopped mid-sentence is held over the blank lines after it: if page
        // furniture follows, they were a page break's, and a line going on in lower case after
        // the furniture continues the sentence.
        var stoppedMidSentence = false
        var cutByPage = false
        /// Whether the paragraph so far ends without closing its sentence.
        func paragraphEndsMidSentence() -> Bool {
            guard let last = paragraph.last?.text.last else { return false }
            return !".!?:;".contains(last)
        }

        func flush() {
            stoppedMidSentence = false
            cutByPage = false
            if let row = heldRow {
                body(.tableRow(cells: row.cells, header: header, at: TextLine("", line: row.line)))
                heldRow = nil
            }
            if !paragraph.isEmpty {
                body(isListItem ? .listItem(paragraph) : .paragraph(paragraph))
            }
            paragraph = []
            isListItem = false
        }

        var number = 0
        LineBreaks.forEachLine(in: text) { raw in
            number += 1
            if !inFence, furniture.contains(raw, number: number) {
                if stoppedMidSentence || paragraphEndsMidSentence() {
                    cutByPage = true
                }
                return
            }
            let kind = MarkdownLine(raw)
            if kind == .fence { inFence.toggle(); flush(); return }
            if inFence { return }
            if kind == .blank, !isListItem, heldRow == nil, paragraphEndsMidSentence() {
                stoppedMidSentence = true
                return
            }
            if stoppedMidSentence || cutByPage {
                if kind == .blank { return }
                if cutByPage, case .text(let line) = kind, line.first?.isLowercase == true {
                    stoppedMidSentence = false
                    cutByPage = false
                    paragraph.append(TextLine(cleanInline(line), line: number))
                    return
                }
                flush()
            }
            if case .tableRow = kind {} else if kind != .tableSeparator, header != nil {
                // Leaving the table: its last row is read under the header before the header goes.
                flush()
                header = nil
            }
            switch kind {
            case .tableSeparator:
                if let row = heldRow {
                    header = row.cells
                    heldRow = nil
                }
                flush()
            case .blank, .rule, .fence:
                flush()
            case .heading(let title):
                flush()
                body(.heading(TextLine(cleanInline(title), line: number)))
            case .setextUnderline:
                // The paragraph just read was a heading if it was a single line; otherwise a rule.
                if !isListItem, paragraph.count == 1 {
                    body(.heading(paragraph[0]))
                    paragraph = []
                } else {
                    flush()
                }
            case .tableRow(let cells):
                flush()
                heldRow = (number, cells.map(cleanInline))
            case .listItem(let item):
                flush()
                // "1.   TERM AND TERMINATION" is a contract's clause heading, however like a list
                // marker its number looks: it is kept, for the sentence to open the clause.
                if ClauseHeading.keepsNumber(String(raw)) {
                    paragraph = [TextLine(cleanInline(raw.trimmingWhitespace()), line: number)]
                } else {
                    paragraph = [TextLine(cleanInline(item), line: number)]
                    isListItem = true
                }
            case .text(let line):
                // A paragraph of thousands of lines is no paragraph; it is read in parts, so that
                // a file of millions of short lines is never held as one block.
                if paragraph.count >= maximumParagraphLines { flush() }
                // "Section 7 – Term and Termination" on the line above its clause's text is the
                // clause's heading, not the start of its first sentence.
                if paragraph.isEmpty, let opening = ClauseHeading.opening(line, standsAlone: true), opening.number != nil, !opening.text.isEmpty {
                    flush()
                    body(.paragraph([TextLine(cleanInline(line), line: number)]))
                    return
                }
                paragraph.append(TextLine(cleanInline(line), line: number))
            }
        }
        flush()
    }

    /// Markdown emphasis, code spans and links reduced to their words.
    static func cleanInline(_ text: some StringProtocol) -> String {
        // Most lines hold no markup at all; they are returned as they are.
        guard text.containsUTF8Byte(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "`") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "[") }) else {
            return String(text)
        }
        // An ASCII line is its own characters, byte for byte: read as bytes, the common case
        // builds no Characters at all.
        if let cleaned = text.utf8.withContiguousStorageIfAvailable(cleanASCIIInline), let cleaned { return cleaned }
        let characters = Array(text)
        // Where the next "]" and ")" are from each position, found in one pass from the end: a
        // search per "[" would make a line of many unclosed brackets quadratic.
        var nextClose = [Int](repeating: characters.count, count: characters.count + 1)
        var nextParen = nextClose
        for index in stride(from: characters.count - 1, through: 0, by: -1) {
            nextClose[index] = characters[index] == "]" ? index : nextClose[index + 1]
            nextParen[index] = characters[index] == ")" ? index : nextParen[index + 1]
        }
        var result = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            // [words](address) keeps the words.
            if character == "[", case let close = nextClose[index], close + 1 < characters.count,
               characters[close + 1] == "(", case let paren = nextParen[close + 1], paren < characters.count {
                result += String(characters[(index + 1)..<close])
                index = paren + 1
                continue
            }
            // An underscore is emphasis only at a word's edge; inside a word ("snake_case") it stays.
            // Its neighbours are looked at only for an underscore: the Unicode property lookups
            // would otherwise cost every character of a line that holds any markup.
            let isMarkup = character == "*" || character == "`" || (character == "_" && !(
                index > 0 && (characters[index - 1].isLetterQuickly || characters[index - 1].isNumber)
                && index + 1 < characters.count && (characters[index + 1].isLetterQuickly || characters[index + 1].isNumber)))
            if !isMarkup { result.append(character) }
            index += 1
        }
        return result
    }

    /// `cleanInline` of a line that is all ASCII, or nil for a line that is not.
    private static func cleanASCIIInline(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        var nextClose = [Int](repeating: bytes.count, count: bytes.count + 1)
        var nextParen = nextClose
        for index in stride(from: bytes.count - 1, through: 0, by: -1) {
            nextClose[index] = bytes[index] == UInt8(ascii: "]") ? index : nextClose[index + 1]
            nextParen[index] = bytes[index] == UInt8(ascii: ")") ? index : nextParen[index + 1]
        }
        func isWordByte(_ byte: UInt8) -> Bool { byte.isASCIILetter || byte.isASCIIDigit }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "["), case let close = nextClose[index], close + 1 < bytes.count,
               bytes[close + 1] == UInt8(ascii: "("), case let paren = nextParen[close + 1], paren < bytes.count {
                result += bytes[(index + 1)..<close]
                index = paren + 1
                continue
            }
            let isMarkup = byte == UInt8(ascii: "*") || byte == UInt8(ascii: "`") || (byte == UInt8(ascii: "_") && !(
                index > 0 && isWordByte(bytes[index - 1]) && index + 1 < bytes.count && isWordByte(bytes[index + 1])))
            if !isMarkup { result.append(byte) }
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }
}
