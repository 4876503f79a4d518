extension Substring {
    /// Without leading and trailing white space of any kind (Unicode's, not only ASCII's).
    func trimmingWhitespace() -> Substring {
        var result = self
        while let first = result.first, first.isWhitespace { result.removeFirst() }
        while let last = result.last, last.isWhitespace { result.removeLast() }
        return result
    }
}

extension String {
    /// Without leading and trailing white space of any kind.
    func trimmingWhitespace() -> String {
        String(self[...].trimmingWhitespace())
    }

    /// Without the spaces that padding left at the end of a table line.
    func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
