extension StringProtocol {
    /// Whether any UTF-8 byte of the text passes `test`, tested over the string's contiguous
    /// storage when it has one: stepping a `UTF8View` through its generic index costs several
    /// times more per byte, and these scans run over every line of every document.
    @inline(__always)
    func containsUTF8Byte(where test: (UInt8) -> Bool) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ $0.contains(where: test) }) { return found }
        return utf8.contains(where: test)
    }
}
