import Foundation

/// Counts the attributes of each start tag in raw HTML bytes, before libxml2 sees them: libxml2
/// checks every new attribute against all earlier ones of its element, so an element with
/// hundreds of thousands of attributes takes minutes to parse.
///
/// The count is generous rather than exact (an unquoted value with spaces counts twice), which only
/// matters far past any real element's few dozen attributes.
enum HTMLAttributeScanner {
    /// The 1-based line and column of the first tag with more than `limit` attributes, or nil.
    static func firstOverlongTag(in data: Data, limit: Int) -> (line: Int, column: Int)? {
        data.withUnsafeBytes { raw -> (Int, Int)? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var line = 1
            var lineStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x0A { line += 1; lineStart = index + 1 }
                guard byte == UInt8(ascii: "<"), index + 1 < bytes.count, isLetter(bytes[index + 1]) else {
                    index += 1
                    continue
                }
                let tagLine = line
                let tagColumn = index - lineStart + 1
                var attributes = 0
                var quote: UInt8?
                var previousWasSpace = false
                index += 1
                while index < bytes.count {
                    let current = bytes[index]
                    if current == 0x0A { line += 1; lineStart = index + 1 }
                    if let open = quote {
                        if current == open { quote = nil }
                    } else if current == UInt8(ascii: "\"") || current == UInt8(ascii: "'") {
                        quote = current
                    } else if current == UInt8(ascii: ">") {
                        break
                    } else if isSpace(current) {
                        previousWasSpace = true
                    } else {
                        if previousWasSpace, current != UInt8(ascii: "/"), current != UInt8(ascii: "=") {
                            attributes += 1
                            if attributes > limit { return (tagLine, tagColumn) }
                        }
                        previousWasSpace = false
                    }
                    index += 1
                }
                index += 1
            }
            return nil
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}
