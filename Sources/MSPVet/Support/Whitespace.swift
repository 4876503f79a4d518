extension Substring {
    /// Without leading and trailing white space of any kind (Unicode's, not only ASCII's).
    func trimmingWhitespace() -> Substring {
        if Self.endsArePlainASCII(utf8) { return self }
        var result = self
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
