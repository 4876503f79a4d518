extension StringProtocol {
    /// Whether any UTF-8 byte of the text passes `test`, tested over the string's contiguous
    /// storage when it has one: stepping a `UTF8View` through its generic index costs several
    /// times more per byte, and these scans run over every line of every document.
    @inline(__always)
    func containsUTF8Byte(where test: (UInt8) -> Bool) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ $0.contains(where: test) }) { return found }
        return utf8.contains(where: test)
    }

    /// Whether every UTF-8 byte of the text is ASCII: the test before a byte path that answers as
    /// the Character path would, since ASCII bytes and Characters then coincide.
    @inline(__always)
    var isAllASCII: Bool { !containsUTF8Byte(where: { $0 >= 0x80 }) }

    /// `body` over the text's UTF-8 bytes: the string's own storage when it is contiguous (a
    /// native string always is), a copy otherwise.
    @inline(__always)
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        utf8.withContiguousStorageIfAvailable(body) ?? Array(utf8).withUnsafeBufferPointer(body)
    }

    /// Whether the text holds `needle`, compared byte for byte (no Unicode equivalence: both
    /// sides come from the same normalised reading). Foundation's `contains` goes through
    /// NSString on Linux and cost more than the rest of choosing a quote.
    func containsUTF8(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        func search(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard bytes.count >= pattern.count else { return false }
            var index = 0
            let last = bytes.count - pattern.count
            while index <= last {
                if bytes[index] == first {
                    var offset = 1
                    while offset < pattern.count, bytes[index + offset] == pattern[offset] { offset += 1 }
                    if offset == pattern.count { return true }
                }
                index += 1
            }
            return false
        }
        return withUTF8Bytes(search)
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The bounds of each run of bytes between separators, in order, found as they are asked for.
    func runs(separatedBy isSeparator: @escaping (UInt8) -> Bool) -> some Sequence<Range<Int>> {
        sequence(state: 0) { index in
            while index < count, isSeparator(self[index]) { index += 1 }
            guard index < count else { return nil }
            let start = index
            while index < count, !isSeparator(self[index]) { index += 1 }
            return start..<index
        }
    }
}

enum UTF8Scalar {
    /// The width in bytes of the UTF-8 sequence `lead` starts.
    @inline(__always)
    static func width(startingWith lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    }

    /// The scalar whose valid UTF-8 encoding of `width` bytes starts at `index`: the bytes of a
    /// Swift string, read where they are rather than through a scalar view.
    @inline(__always)
    static func decode<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int, width: Int) -> Unicode.Scalar
    where Bytes.Index == Int {
        if width == 1 { return Unicode.Scalar(bytes[index]) }
        var value = UInt32(bytes[index]) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for offset in 1..<width { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
