import Foundation

/// The encodings a text document is read in, and how each is told from its bytes.
///
/// A contract saved as text from Word or Notepad on Windows is rarely UTF-8: "Unicode" there is
/// UTF-16 behind a byte order mark, and the default ("ANSI", "Windows (Default)") is Windows-1252,
/// with its curly quotes and dashes in bytes that are never valid UTF-8. A reader that refused
/// both would refuse most text a client's lawyer sends.
enum TextEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16 (little-endian)"
    case utf16BigEndian = "UTF-16 (big-endian)"
    case windows1252 = "Windows-1252"

    /// The encoding a byte order mark declares, and the mark's length; nil without one.
    static func declared(by bytes: [UInt8]) -> (encoding: TextEncoding, markLength: Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LittleEndian, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BigEndian, 2) }
        return nil
    }

    /// UTF-16 after its byte order mark, or the offset (from the mark's end) of the first code
    /// unit that is not: an unpaired surrogate, or a last byte with no partner.
    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> Result<String, UTF16Fault> {
        let start = bytes.startIndex
        let units = stride(from: start, to: bytes.endIndex - 1, by: 2).map { index -> UInt16 in
            let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            return UInt16(high) << 8 | UInt16(low)
        }
        if let unpaired = firstUnpairedSurrogate(units) { return .failure(.unpairedSurrogate(byte: unpaired * 2)) }
        if bytes.count % 2 == 1 { return .failure(.oddLength) }
        return .success(String(decoding: units, as: UTF16.self))
    }

    /// Why bytes behind a UTF-16 mark are not UTF-16.
    enum UTF16Fault: Error, Equatable {
        case unpairedSurrogate(byte: Int)
        case oddLength
    }

    private static func firstUnpairedSurrogate(_ units: [UInt16]) -> Int? {
        var index = 0
        while index < units.count {
            let unit = units[index]
            if UTF16.isLeadSurrogate(unit) {
                guard index + 1 < units.count, UTF16.isTrailSurrogate(units[index + 1]) else { return index }
                index += 2
            } else if UTF16.isTrailSurrogate(unit) {
                return index
            } else {
                index += 1
            }
        }
        return nil
    }

    /// Windows-1252 text, when bytes that are not UTF-8 read as it. Text that holds even one
    /// well-formed multi-byte UTF-8 sequence is UTF-8 damaged somewhere, not Windows-1252: real
    /// Windows-1252 text almost never forms one ("Ã©" would), and reading damaged UTF-8 as
    /// Windows-1252 would garble every accent and curly quote in it.
    static func windows1252(_ bytes: [UInt8]) -> String? {
        guard !holdsMultiByteUTF8(bytes) else { return nil }
        // Foundation refuses the five bytes Windows-1252 leaves undefined.
        return String(data: Data(bytes), encoding: .windowsCP1252)
    }

    /// Whether a well-formed UTF-8 sequence of two bytes or more starts anywhere in `bytes`.
    static func holdsMultiByteUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.indices.contains { bytes[$0] >= 0xC2 && (UTF8Sequence.length(at: $0, in: bytes) ?? 1) > 1 }
    }

    /// Text written as UTF-16 without a mark holds a NUL byte beside each ASCII character: in its
    /// first 256 bytes, at least three in four of the bytes on one side are NUL, and almost none
    /// on the other.
    static func looksLikeUnmarkedUTF16(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(256)
        guard head.count >= 8 else { return false }
        let evenNULs = stride(from: 0, to: head.count, by: 2).count { head[$0] == 0 }
        let oddNULs = stride(from: 1, to: head.count, by: 2).count { head[$0] == 0 }
        let pairs = head.count / 2
        return max(evenNULs, oddNULs) * 4 >= pairs * 3 && min(evenNULs, oddNULs) * 8 <= pairs
    }
}

/// One UTF-8 sequence, judged as the standard library's validation judges it.
enum UTF8Sequence {
    /// The length of the well-formed sequence starting at `index`, or nil when none starts there:
    /// a stray continuation byte, a sequence cut short, an overlong form or a surrogate.
    static func length(at index: Int, in bytes: [UInt8]) -> Int? {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 {
            return nil
        }
        let second = bytes[index + 1]
        if length == 3, (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F) { return nil }
        if length == 4, (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F) { return nil }
        return length
    }
}
