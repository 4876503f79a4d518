extension Character {
    /// "0" to "9", read from the ASCII value without the Unicode table `isNumber` consults.
    var isASCIIDigit: Bool { asciiValue?.isASCIIDigit ?? false }
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

extension UInt8 {
    /// A UTF-8 byte read as ASCII, for scans that look at bytes before forming any Character.
    var isASCIIUppercase: Bool { (0x41...0x5A).contains(self) }
    var isASCIILowercase: Bool { (0x61...0x7A).contains(self) }
    var isASCIILetter: Bool { isASCIIUppercase || isASCIILowercase }
    var isASCIIDigit: Bool { (0x30...0x39).contains(self) }
    /// ASCII white space: space, tab, line feed, vertical tab, form feed, carriage return.
    var isASCIISpace: Bool { self == 0x20 || (0x09...0x0D).contains(self) }
    /// The byte with an ASCII capital made lower case, any other byte as it is.
    var asciiLowercased: UInt8 { isASCIIUppercase ? self | 0x20 : self }
}

extension Character {
    /// `isWhitespace`, which reads the first scalar's property, answered without a Unicode table
    /// lookup when that scalar is ASCII: the lookup cost a few hundred instructions a call on text
    /// that is almost all ASCII.
    var isSpace: Bool { unicodeScalars.first!.isSpace }

    /// `isLetter` (the first scalar is alphabetic), answered from the ASCII value when it has one.
    var isLetterQuickly: Bool {
        let first = unicodeScalars.first!
        return first.isASCII ? UInt8(first.value).isASCIILetter : first.properties.isAlphabetic
    }
}
