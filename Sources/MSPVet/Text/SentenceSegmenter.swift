/// Cuts a proposal into sentences, the unit evidence is quoted in.
///
/// Lines are grouped into blocks first (paragraphs, list items, table rows, headings), so a list
/// item or a table row is never glued to the next one; blocks are then cut after `.`, `!` or `?`
/// when a capital, digit or quote follows — except after abbreviations ("e.g.", "Inc.", "Dr."),
/// initials, or inside numbers ("$1.5").
public enum SentenceSegmenter {
    public static func segment(_ text: String) -> [Sentence] {
        var sentences: [Sentence] = []
        var section: String?
        var block: (line: Int, text: String)?
        var inFence = false
        // A table row is held back until the next line says whether it was the header.
        var heldRow: (line: Int, cells: [String])?
        var header: [String]?

        func flush() {
            if let row = heldRow {
                sentences += split(tableRowText(row.cells, header: header), firstLine: row.line, section: section)
                heldRow = nil
            }
            if let current = block {
                sentences += split(current.text, firstLine: current.line, section: section)
            }
            block = nil
        }

        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, raw) in lines.enumerated() {
            let number = offset + 1
            let kind = MarkdownLine(raw.last == "\r" ? raw.dropLast() : raw)
            if kind == .fence { inFence.toggle(); flush(); continue }
            if inFence { continue }
            if case .tableRow = kind {} else if kind != .tableSeparator { header = nil }
            switch kind {
            case .tableSeparator:
                if let row = heldRow {
                    header = row.cells.map(cleanInline)
                    heldRow = nil
                }
                flush()
            case .blank, .rule, .fence:
                flush()
            case .heading(let title):
                flush()
                section = cleanInline(title)
            case .setextUnderline:
                // The paragraph just read was a heading if it was a single line.
                if let current = block, !current.text.contains("\n") {
                    section = cleanInline(current.text)
                    block = nil
                } else {
                    flush()
                }
            case .tableRow(let cells):
                flush()
                heldRow = (number, cells.map(cleanInline))
            case .listItem(let item):
                flush()
                block = (number, cleanInline(item))
            case .text(let line):
                if let current = block {
                    block = (current.line, current.text + "\n" + cleanInline(line))
                } else {
                    block = (number, cleanInline(line))
                }
            }
        }
        flush()
        return sentences
    }

    /// A table row as one sentence. Under a header each cell is named by its column
    /// ("Priority: P1, Response: 15 minutes"), since a row's meaning is in the header; without one,
    /// cells are joined as clauses ("Auto-renewal: None").
    static func tableRowText(_ cells: [String], header: [String]?) -> String {
        guard let header, header.count == cells.count else { return cells.joined(separator: ": ") }
        return zip(header, cells).map { "\($0): \($1)" }.joined(separator: ", ")
    }

    /// Sentences of one block; `text` may span lines joined by "\n".
    static func split(_ text: String, firstLine: Int, section: String?) -> [Sentence] {
        let characters = Array(text)
        var sentences: [Sentence] = []
        var start = 0
        var line = firstLine
        var startLine = firstLine

        func emit(upTo end: Int) {
            let piece = characters[start..<end]
            let display = piece.split(whereSeparator: \.isWhitespace).map { String($0) }.joined(separator: " ")
            if display.contains(where: { $0.isLetter || $0.isNumber }) {
                let leading = piece.prefix { $0.isWhitespace }.filter { $0 == "\n" }.count
                let tokens = Tokenizer.tokenize(String(piece), firstLine: startLine)
                sentences.append(Sentence(text: display, line: startLine + leading, section: section, tokens: tokens))
            }
        }

        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\n" { line += 1 }
            if ".!?".contains(character), let end = sentenceEnd(characters, at: index) {
                emit(upTo: end)
                startLine = line
                start = end
                index = end
                continue
            }
            index += 1
        }
        if start < characters.count { emit(upTo: characters.count) }
        return sentences
    }

    /// If the punctuation at `index` ends a sentence, the index just past it (and any closing quotes).
    private static func sentenceEnd(_ characters: [Character], at index: Int) -> Int? {
        var end = index + 1
        while end < characters.count, "\"')]”’".contains(characters[end]) { end += 1 }
        guard end < characters.count else { return end }
        guard characters[end].isWhitespace else { return nil }
        var next = end
        while next < characters.count, characters[next].isWhitespace { next += 1 }
        guard next < characters.count else { return end }
        let following = characters[next]
        guard following.isUppercase || following.isASCIIDigit || "\"'(“‘$".contains(following) else { return nil }
        if characters[index] == ".", isAbbreviation(before: index, in: characters, nextIsDigit: following.isASCIIDigit) {
            return nil
        }
        return end
    }

    /// Words whose period is part of the word, not the end of a sentence.
    private static let abbreviations: Set<String> = [
        "e.g", "i.e", "eg", "ie", "vs", "mr", "mrs", "ms", "dr", "st", "inc", "ltd", "co", "corp",
        "approx", "fig", "cf", "jr", "sr", "dept", "est", "al", "incl", "u.s", "u.k", "p.o",
    ]

    private static func isAbbreviation(before index: Int, in characters: [Character], nextIsDigit: Bool) -> Bool {
        var start = index
        while start > 0, characters[start - 1].isLetter || characters[start - 1] == "." { start -= 1 }
        let word = String(characters[start..<index]).lowercased()
        if word.isEmpty { return false }
        if word.count == 1, characters[start].isUppercase { return true } // an initial: "J. Ruiz"
        if (word == "no" || word == "nos") && nextIsDigit { return true }   // "No. 5"
        return abbreviations.contains(word)
    }

    /// Markdown emphasis, code spans and links reduced to their words.
    static func cleanInline(_ text: some StringProtocol) -> String {
        let characters = Array(text)
        var result = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            // [words](address) keeps the words.
            if character == "[", let close = characters[index...].firstIndex(of: "]"),
               close + 1 < characters.count, characters[close + 1] == "(",
               let paren = characters[(close + 1)...].firstIndex(of: ")") {
                result += String(characters[(index + 1)..<close])
                index = paren + 1
                continue
            }
            // An underscore is emphasis only at a word's edge; inside a word ("snake_case") it stays.
            let previousIsWord = index > 0 && (characters[index - 1].isLetter || characters[index - 1].isNumber)
            let nextIsWord = index + 1 < characters.count && (characters[index + 1].isLetter || characters[index + 1].isNumber)
            let isMarkup = character == "*" || character == "`" || (character == "_" && !(previousIsWord && nextIsWord))
            if !isMarkup { result.append(character) }
            index += 1
        }
        return result
    }
}
