/// The three line ends a document saved anywhere may use: LF (Unix, macOS), CRLF (Windows) and a
/// lone CR (classic Mac, some exporters). Every reader splits on all three so that line numbers
/// match what an editor shows, whichever machine saved the file.
enum LineBreaks {
    /// The lines of `text`, without their ends. A file ending in a line end has no empty last line
    /// added beyond what splitting on "\n" would give, so line numbers are the same as for LF text.
    static func lines<S: StringProtocol>(of text: S) -> [S.SubSequence] {
        var lines: [S.SubSequence] = []
        forEachLine(in: text) { lines.append($0) }
        return lines
    }

    /// Calls `body` with each line of `text` in turn, holding no more than one: a file of millions
    /// of short lines is not turned into millions of substrings at once.
    static func forEachLine<S: StringProtocol>(in text: S, _ body: (S.SubSequence) -> Void) {
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A || byte == 0x0D {
                body(text[lineStart..<index])
                var next = utf8.index(after: index)
                if byte == 0x0D, next < utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
                lineStart = next
                index = next
            } else {
                index = utf8.index(after: index)
            }
        }
        body(text[lineStart..<utf8.endIndex])
    }

    /// True when `byte` begins a line end (LF or CR).
    static func isLineEnd(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }

    /// `text` with every line end (and the Unicode line and paragraph separators) made a space,
    /// other controls removed, in stream-safe form: a `TextLine` is one line, and a break inside it
    /// would desynchronise line counting.
    static func flattened(_ text: String) -> String {
        let text = StreamSafeText.limited(text)
        guard text.containsUTF8Byte(where: ControlCharacters.mayStartControl) else { return text }
        // Curly quotes and bullets pass the byte test: look before copying scalar by scalar.
        guard text.unicodeScalars.contains(where: { isLineBreak($0) || ControlCharacters.isControl($0) }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isLineBreak(scalar) {
                result.append(" ")
            } else if !ControlCharacters.isControl(scalar) {
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\n", "\r", "\t", "\u{85}", "\u{2028}", "\u{2029}": true
        default: false
        }
    }
}
