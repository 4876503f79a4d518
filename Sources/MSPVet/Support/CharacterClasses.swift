extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension Unicode.Scalar {
    /// White space, answered without a Unicode table lookup for the ASCII that is most of any text.
    var isSpace: Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: true
        case 0..<0x80: false
        default: properties.isWhitespace
        }
    }
}
