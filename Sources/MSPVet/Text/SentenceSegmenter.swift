/// Cuts a document's blocks into sentences, the unit evidence is quoted in.
///
/// A list item or a table row is never glued to the next one; within a paragraph, a sentence ends
/// after `.`, `!` or `?` when a capital, digit or quote follows — except after abbreviations
/// ("e.g.", "Inc.", "Dr."), initials, or inside numbers ("$1.5"). Every token keeps the page and
/// line it was read from, so a sentence that runs over a line (or a page) is still located exactly.
public enum SentenceSegmenter {
    /// Sentences of Markdown or plain text.
    public static func segment(_ text: String) -> [Sentence] {
        sentences(from: MarkdownBlocks.blocks(text))
    }

    public static func sentences(from blocks: [DocumentBlock]) -> [Sentence] {
        var sentences: [Sentence] = []
        var section: String?
        for block in blocks {
            switch block {
            case .heading(let line):
                section = line.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            case .paragraph(let lines), .listItem(let lines):
                sentences += split(lines, section: section)
            case .tableRow(let cells, let header, let at):
                sentences += split([TextLine(tableRowText(cells, header: header), page: at.page, line: at.line)], section: section)
            }
        }
        return sentences
    }

    /// A table row as one sentence. Under a header each cell is named by its column
    /// ("Priority: P1, Response: 15 minutes"), since a row's meaning is in the header; without one,
    /// cells are joined as clauses ("Auto-renewal: None").
    static func tableRowText(_ cells: [String], header: [String]?) -> String {
        guard let header, header.count == cells.count else { return cells.joined(separator: ": ") }
        return zip(header, cells).map { "\($0): \($1)" }.joined(separator: ", ")
    }

    /// Sentences of one block, whose lines are joined by "\n" so tokens can be traced to their line.
    static func split(_ lines: [TextLine], section: String?) -> [Sentence] {
        let characters = Array(lines.map(\.text).joined(separator: "\n"))
        var sentences: [Sentence] = []
        var start = 0
        var lineIndex = 0
        var startLineIndex = 0

        func emit(upTo end: Int) {
            let piece = characters[start..<end]
            let display = piece.split(whereSeparator: \.isWhitespace).map { String($0) }.joined(separator: " ")
            guard display.contains(where: { $0.isLetter || $0.isNumber }) else { return }
            let tokens = Tokenizer.tokenize(String(piece), firstLine: startLineIndex).map { token in
                var located = token
                located.line = lines[token.line].line
                located.page = lines[token.line].page
                return located
            }
            guard let first = tokens.first else { return }
            sentences.append(Sentence(text: display, line: first.line, page: first.page, section: section, tokens: tokens))
        }

        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\n" { lineIndex += 1 }
            if ".!?".contains(character), let end = sentenceEnd(characters, at: index) {
                emit(upTo: end)
                startLineIndex = lineIndex
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
}
