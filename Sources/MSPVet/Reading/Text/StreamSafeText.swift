/// Text in Unicode's stream-safe form (UAX #15, section 13): no more than 30 combining marks
/// (non-starters) in a row, the marks past that dropped.
///
/// Real text never comes close, but one letter carrying a million marks is a single Character:
/// every look at it walks the whole run, and a line of such text costs its length on every access.
enum StreamSafeText {
    static let maximumNonStarters = 30

    static func limited(_ text: String) -> String {
        // Combining marks start at U+0300, whose UTF-8 lead byte is 0xCC; text below that is safe.
        guard text.containsUTF8Byte(where: { $0 >= 0xCC }) else { return text }
        // Curly quotes and dashes pass the byte test, yet almost no text holds a run too long:
        // look before copying, as copying scalar by scalar is slow.
        guard text.withUTF8Bytes(hasLongRun) else { return text }
        var run = 0
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where keeps(scalar, run: &run) {
            result.append(scalar)
        }
        return String(result)
    }

    /// Whether some run of non-starters is past the limit, read from the bytes: ASCII is never a
    /// mark and is passed over without decoding, as the scalar view decoded every byte.
    private static func hasLongRun(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var run = 0
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                run = 0
                index += 1
                continue
            }
            let width = min(UTF8Scalar.width(startingWith: lead), bytes.count - index)
            if !keeps(UTF8Scalar.decode(bytes, at: index, width: width), run: &run) { return true }
            index += width
        }
        return false
    }

    /// Whether a scalar stays: a non-starter past the limit of its run does not.
    @inline(__always)
    private static func keeps(_ scalar: Unicode.Scalar, run: inout Int) -> Bool {
        guard scalar.value >= 0x300, scalar.properties.canonicalCombiningClass.rawValue != 0 else {
            run = 0
            return true
        }
        run += 1
        return run <= maximumNonStarters
    }
}
