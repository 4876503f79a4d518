extension Substring {
    /// Without leading and trailing white space of any kind (Unicode's, not only ASCII's).
    func trimmingWhitespace() -> Substring {
        if Self.endsArePlainASCII(utf8) { return self }
        // ASCII white space is dropped byte by byte: a trailing one is always a Character of its
        // own, a leading one when an ASCII byte follows (nothing can combine with it). Characters
        // are walked only where a byte that is not ASCII stands at an end.
        var start = utf8.startIndex
        var end = utf8.endIndex
        while start < end, utf8[start].isASCIISpace {
            let next = utf8.index(after: start)
            guard next == end || utf8[next] < 0x80 else { break }
            start = next
        }
        while start < end, utf8[utf8.index(before: end)].isASCIISpace { end = utf8.index(before: end) }
        var result = self[start..<end]
        if Self.endsArePlainASCII(result.utf8) { return result }
        while let first = result.first, first.isSpace { result.removeFirst() }
        while let last = result.last, last.isSpace { result.removeLast() }
        return result
    }
}

extension Substring {
    /// Whether the text starts and ends with a visible ASCII character, so has nothing to trim:
    /// answered from two bytes, as most text trimmed is, without walking Characters. A Character
    /// whose last scalar is visible ASCII is not white space, nor is one whose first scalar is.
    static func endsArePlainASCII(_ bytes: some BidirectionalCollection<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        return (0x21..<0x7F).contains(first) && (0x21..<0x7F).contains(last)
    }
}

extension String {
    /// Without leading and trailing white space of any kind.
    func trimmingWhitespace() -> String {
        if Substring.endsArePlainASCII(utf8) { return self }
        return String(self[...].trimmingWhitespace())
    }

    /// Without the spaces that padding left at the end of a table line.
    func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}

extension StringProtocol {
    /// Every run of white space (Unicode's, not only ASCII's) made one space, none at the ends.
    func collapsingWhitespace() -> String {
        withUTF8Bytes(WhitespaceRuns.collapsingWhitespace)
    }
}

private enum WhitespaceRuns {
    /// Built as UTF-8 bytes, walking bytes and decoding only what is not ASCII: appending scalars
    /// to a string one by one takes a slow generic path, and this runs on every sentence.
    fileprivate static func collapsingWhitespace(_ source: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: source.count) { bytes in
            var count = 0
            var pendingSpace = false
            var index = 0
            while index < source.count {
                let lead = source[index]
                // Most of the text is ASCII: a byte is its own scalar, judged and copied alone.
                let width = lead < 0x80 ? 1 : UTF8Scalar.width(startingWith: lead)
                let isSpace = lead < 0x80 ? lead.isASCIISpace : UTF8Scalar.decode(source, at: index, width: width).isSpace
                if isSpace {
                    pendingSpace = count > 0
                } else {
                    if pendingSpace {
                        bytes[count] = UInt8(ascii: " ")
                        count += 1
                        pendingSpace = false
                    }
                    if width == 1 {
                        bytes[count] = lead
                        count += 1
                    } else {
                        for offset in index..<index + width {
                            bytes[count] = source[offset]
                            count += 1
                        }
                    }
                }
                index += width
            }
            return count
        }
    }
}
