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
        // Line ends are sought in the contiguous bytes, and a line's end index is its start moved
        // on by a byte count: stepping the UTF-8 view's index byte by byte cost several times more.
        let utf8 = text.utf8
        text.withUTF8Bytes { bytes in
            var lineStart = utf8.startIndex
            var startOffset = 0
            var offset = 0
            while offset < bytes.count {
                let byte = bytes[offset]
                guard isLineEnd(byte) else {
                    offset += 1
                    continue
                }
                let lineEnd = utf8.index(lineStart, offsetBy: offset - startOffset)
                body(text[lineStart..<lineEnd])
                var next = offset + 1
                if byte == 0x0D, next < bytes.count, bytes[next] == 0x0A { next += 1 }
                lineStart = utf8.index(lineEnd, offsetBy: next - offset)
                startOffset = next
                offset = next
            }
            body(text[lineStart..<utf8.endIndex])
        }
    }

    /// True when `byte` begins a line end (LF or CR).
    static func isLineEnd(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }

    /// `text` with every line end (and the Unicode line and paragraph separators) made a space,
    /// other controls removed, in stream-safe form: a `TextLine` is one line, and a break inside it
    /// would desynchronise line counting.
    static func flattened(_ text: String) -> String {
        let text = StreamSafeText.limited(text)
        guard text.containsUTF8Byte(where: ControlCharacters.mayStartControl) else { return text }
        // Curly quotes and bullets pass the byte test: look before copying. Both passes walk bytes
        // and decode only what is not ASCII; the scalar view decoded every byte, twice.
        return text.withUTF8Bytes { source in
            guard source.indices.contains(where: { index in
                let lead = source[index]
                guard lead < 0x80 || (lead >= 0xC0) else { return false }
                return action(at: index, in: source).replacement != .keep
            }) else { return text }
            return String(unsafeUninitializedCapacity: source.count) { out in
                var count = 0
                var index = 0
                while index < source.count {
                    let (width, replacement) = action(at: index, in: source)
                    switch replacement {
                    case .space:
                        out[count] = 0x20
                        count += 1
                    case .drop:
                        break
                    case .keep:
                        for offset in 0..<width { out[count + offset] = source[index + offset] }
                        count += width
                    }
                    index += width
                }
                return count
            }
        }
    }

    /// What becomes of a scalar when a line is flattened.
    private enum Replacement { case keep, space, drop }

    /// The scalar starting at `index` (a lead byte): its width in bytes and what becomes of it.
    @inline(__always)
    private static func action(at index: Int, in source: UnsafeBufferPointer<UInt8>) -> (width: Int, replacement: Replacement) {
        let lead = source[index]
        let width = min(UTF8Scalar.width(startingWith: lead), source.count - index)
        let scalar = UTF8Scalar.decode(source, at: index, width: width)
        if isLineBreak(scalar) { return (width, .space) }
        return (width, ControlCharacters.isControl(scalar) ? .drop : .keep)
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\n", "\r", "\t", "\u{85}", "\u{2028}", "\u{2029}": true
        default: false
        }
    }
}
