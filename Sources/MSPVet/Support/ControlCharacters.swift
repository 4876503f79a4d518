/// Characters that steer a terminal or a text layout rather than show: C0 and C1 controls, DEL,
/// and the Unicode bidirectional controls. Text read from inputs must not carry them into any
/// output: an ESC sequence in a proposal would recolour or retitle the user's terminal, a newline
/// in a YAML key would forge a second diagnostic line, and U+202E would reverse the location
/// printed after a quote.
enum ControlCharacters {
    /// `text` without controls and bidi controls; tabs become spaces, and newlines are kept only
    /// when `keepingNewlines` (a multi-line YAML string).
    static func removed(from text: String, keepingNewlines: Bool = false) -> String {
        guard text.containsUTF8Byte(where: mayStartControl) else { return text }
        // A multi-line description passes the byte test on its newlines alone: look before copying.
        guard text.unicodeScalars.contains(where: { $0 == "\t" || ($0 != "\n" || !keepingNewlines) && isControl($0) }) else {
            return text
        }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" {
                result.append(" ")
            } else if scalar == "\n", keepingNewlines {
                result.append(scalar)
            } else if !isControl(scalar) {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// `text` on one line with every control shown as an escape (`\n`, `\u{1B}`), for diagnostics:
    /// what was written is still readable, but cannot act.
    static func escaped(_ text: String) -> String {
        guard text.containsUTF8Byte(where: mayStartControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if isControl(scalar) {
                    result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// A UTF-8 byte that is a control or may lead one (0xC2: C1; 0xD8: U+061C; 0xE2: U+2xxx).
    /// Line ends are controls too, so text without any such byte needs no cleaning of either kind.
    static func mayStartControl(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xD8 || byte == 0xE2
    }
}
