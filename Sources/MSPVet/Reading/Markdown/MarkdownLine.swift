/// What one line of a Markdown or plain-text proposal is, for the purpose of finding sentences.
enum MarkdownLine: Equatable {
    case blank
    case heading(String)
    /// `===` or `---`: under a one-line paragraph, that line was a heading; otherwise a rule.
    case setextUnderline
    case rule
    case fence
    case tableRow([String])
    case tableSeparator
    case listItem(String)
    case text(String)

    init(_ raw: Substring) {
        var line = raw.trimmingWhitespace()
        while line.hasPrefix(">") { line = line.dropFirst().trimmingWhitespace() }
        if line.isEmpty {
            self = .blank
        } else if line.hasPrefix("```") || line.hasPrefix("~~~") {
            self = .fence
        } else if line.first == "#" {
            let title = line.drop { $0 == "#" }
            self = title.first == " " || title.isEmpty ? .heading(String(title.trimmingWhitespace())) : .text(String(line))
        // Each test stops at the first character that fails it; counting the Characters of every
        // line first cost a grapheme walk per line.
        } else if line.allSatisfy({ $0 == "=" }) || (line.allSatisfy({ $0 == "-" }) && line.count >= 2) {
            // Under a one-line paragraph it makes a heading; elsewhere the segmenter treats it as a rule.
            self = .setextUnderline
        } else if "*_".contains(line.first!), line.allSatisfy({ $0 == line.first! || $0 == " " }), line.count >= 3 {
            self = .rule
        } else if line.first == "|" {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false)
                .map { String($0.trimmingWhitespace()) }
                .filter { !$0.isEmpty }
            if cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) {
                self = .tableSeparator
            } else {
                self = .tableRow(cells)
            }
        } else if let item = Self.listItemText(line) {
            self = .listItem(item)
        } else {
            self = .text(String(line))
        }
    }

    /// The text after a list marker: `- `, `* `, `+ `, `• `, `1. `, `1) `, `(a) `, `a. `.
    static func listItemText(_ line: Substring) -> String? {
        if let first = line.first, first == "-" || first == "*" || first == "+" || first == "•", line.dropFirst().first == " " {
            return String(line.dropFirst(2).trimmingWhitespace())
        }
        var rest = line
        let parenthesised = rest.first == "("
        if parenthesised { rest = rest.dropFirst() }
        // Four characters are enough to tell a label from a word, however long the word.
        let label = rest.prefix(4).prefix { $0.isASCIIDigit || $0.isLetter }
        guard !label.isEmpty, label.count <= 3 else { return nil }
        let isNumber = label.allSatisfy(\.isASCIIDigit)
        let isLetterLabel = label.count == 1 && label.first!.isLowercase
        guard isNumber || isLetterLabel || (parenthesised && label.allSatisfy { "ivx".contains($0) }) else { return nil }
        rest = rest.dropFirst(label.count)
        guard let marker = rest.first, parenthesised ? marker == ")" : (marker == "." || marker == ")"),
              rest.dropFirst().first == " " else { return nil }
        return String(rest.dropFirst(2).trimmingWhitespace())
    }
}
