/// The lines a printed page adds to a text that was never part of it: page numbers ("12",
/// "Page 3 of 40", "- 7 -") and running headers and footers repeated page after page (a filing
/// stamp, "Confidential – do not distribute"). Left in, they land inside the sentence a page break
/// cut, and a pattern no longer meets the words on either side.
struct PageFurniture: Sendable {
    /// A repeated line this short (in UTF-8 bytes) is a label or a table cell, not a running header.
    static let minimumRepeatedBytes = 20
    /// A line this long is text, however often it repeats.
    static let maximumRepeatedBytes = 160
    /// How often a line must recur to be a running header or footer.
    static let minimumRepeats = 3

    /// The 1-based numbers of the lines that are running headers or footers.
    private let runningLines: Set<Int>

    /// Lines apart a running line recurs, on average, at the least: a page's worth. A sentence
    /// pasted three times in a row is the author's text, not the page's.
    static let minimumSpacing = 15

    /// Finds the running lines of `text` in one pass over it, numbering lines as
    /// `LineBreaks.forEachLine` meets them, from 1.
    init(_ text: String) {
        var seen: [String: [Int]] = [:]
        var number = 0
        LineBreaks.forEachLine(in: text) { line in
            number += 1
            guard let key = Self.repeatKey(line) else { return }
            seen[key, default: []].append(number)
        }
        runningLines = Set(seen.values.filter { lines in
            lines.count >= Self.minimumRepeats
                && (lines[lines.count - 1] - lines[0]) / (lines.count - 1) >= Self.minimumSpacing
        }.joined())
    }

    /// Whether `line`, the text's line `number`, is a page number or a running header or footer.
    func contains(_ line: Substring, number: Int) -> Bool {
        Self.isPageNumber(line) || runningLines.contains(number)
    }

    /// The longest page-number line: "Page 1234 of 5678" with some padding.
    private static let maximumPageNumberBytes = 40

    /// "12", "Page 12", "page 12 of 40", "- 12 -", "12 | Page": a page number alone on its line.
    /// Runs on every line of a text, so most lines are turned away by their length or first
    /// character before any copy is made.
    static func isPageNumber(_ line: Substring) -> Bool {
        guard line.utf8.count <= maximumPageNumberBytes,
              let first = line.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }),
              (0x30...0x39).contains(first) || first == UInt8(ascii: "p") || first == UInt8(ascii: "P")
                || first == UInt8(ascii: "-") || first == 0xE2 /* – */ else { return false }
        let words = line.lowercased().split { $0.isSpace || $0 == "-" || $0 == "–" || $0 == "|" }
        guard let last = words.last, !words.isEmpty, words.count <= 4 else { return false }
        let isNumber = { (word: Substring) in word.count <= 4 && word.allSatisfy(\.isASCIIDigit) }
        switch words.count {
        case 1: return isNumber(last)
        case 2: return (words[0] == "page" && isNumber(words[1])) || (isNumber(words[0]) && words[1] == "page")
        case 3: return isNumber(words[0]) && words[1] == "of" && isNumber(words[2])
        default: return words[0] == "page" && isNumber(words[1]) && words[2] == "of" && isNumber(words[3])
        }
    }

    /// The line with digits, case and spacing set aside, so "Page 3 · Acme MSA v2" and
    /// "Page 4 · Acme MSA v2" count as one; nil for a line that cannot be furniture. Markdown
    /// structure (tables, headings, list items) is the document's own, however often it repeats.
    static func repeatKey(_ line: Substring) -> String? {
        let trimmed = line.trimmingWhitespace()
        guard (minimumRepeatedBytes...maximumRepeatedBytes).contains(trimmed.utf8.count),
              let first = trimmed.first, !"|#-*+>".contains(first) else { return nil }
        return normalised(trimmed)
    }

    /// Lower case, every digit a `#`, white space collapsed: how a running line is recognised
    /// whatever page number it carries.
    static func normalised(_ text: some StringProtocol) -> String {
        // ASCII, the common case, is folded byte by byte; anything else through Unicode's rules.
        guard text.isAllASCII else {
            return String(text.lowercased().map { $0.isNumber ? "#" : $0 }).split(whereSeparator: \.isSpace).joined(separator: " ")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            switch byte {
            case 0x20, 0x09, 0x0B, 0x0C:
                pendingSpace = !bytes.isEmpty
            default:
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                switch byte {
                case 0x30...0x39: bytes.append(UInt8(ascii: "#"))
                case 0x41...0x5A: bytes.append(byte + 0x20)
                default: bytes.append(byte)
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
