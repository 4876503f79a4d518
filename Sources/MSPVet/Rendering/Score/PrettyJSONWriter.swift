/// Pretty-printed JSON written straight into bytes, in exactly the form Foundation's `JSONEncoder`
/// gives with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`: two spaces a level,
/// `"key" : value`, an empty list as `[`, a blank line and `]`, whole numbers without `.0`.
///
/// The JSON of a folder of contracts is tens of megabytes of evidence; building `JSONEncoder`'s
/// tree of boxed values for each proposal cost a tenth of scoring the CUAD dev split. Callers
/// write keys in sorted order themselves; the tests hold the bytes to `JSONEncoder`'s.
struct PrettyJSONWriter {
    private(set) var bytes: [UInt8] = []
    private var depth: Int
    /// Whether the container being written has a member yet.
    private var hasMember: [Bool] = []

    /// A writer whose outermost value sits `depth` levels in.
    init(depth: Int = 0) {
        self.depth = depth
    }

    /// A value this writer cannot give in `JSONEncoder`'s form (a number that is not finite).
    struct Unwritable: Error {}

    mutating func object(_ members: (inout PrettyJSONWriter) throws -> Void) rethrows {
        try container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), members)
    }

    mutating func array<Element>(_ elements: [Element], _ write: (inout PrettyJSONWriter, Element) throws -> Void) rethrows {
        try container(open: UInt8(ascii: "["), close: UInt8(ascii: "]")) { writer in
            for element in elements {
                writer.nextMember()
                try write(&writer, element)
            }
        }
    }

    /// `"name" : `, after the comma and line break that separate it from the member before.
    mutating func key(_ name: StaticString) {
        nextMember()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")])
    }

    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        value.withUTF8Bytes { utf8 in
            var start = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                bytes.append(contentsOf: Self.escape(byte))
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    mutating func number(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func number(_ value: Int?) {
        if let value { number(value) } else { null() }
    }

    /// A number as `JSONEncoder` writes it: Swift's shortest form, without a trailing `.0`.
    mutating func number(_ value: Double) throws {
        guard value.isFinite else { throw Unwritable() }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    mutating func number(_ value: Double?) throws {
        if let value { try number(value) } else { null() }
    }

    mutating func bool(_ value: Bool) {
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    mutating func null() {
        bytes.append(contentsOf: "null".utf8)
    }

    /// JSON another encoder made at the top level, placed here: each of its lines indented to
    /// this writer's depth, blank lines left blank.
    mutating func embed(_ json: [UInt8]) {
        var start = 0
        var first = true
        while start <= json.count {
            let end = json[start...].firstIndex(of: UInt8(ascii: "\n")) ?? json.count
            if !first { bytes.append(UInt8(ascii: "\n")) }
            if !first, end > start { indent() }
            bytes.append(contentsOf: json[start..<end])
            first = false
            start = end + 1
        }
    }

    private mutating func container(open: UInt8, close: UInt8, _ members: (inout PrettyJSONWriter) throws -> Void) rethrows {
        bytes.append(open)
        depth += 1
        hasMember.append(false)
        try members(&self)
        let empty = hasMember.removeLast() == false
        depth -= 1
        bytes.append(UInt8(ascii: "\n"))
        // JSONEncoder leaves a blank line inside an empty container.
        if empty { bytes.append(UInt8(ascii: "\n")) }
        indent()
        bytes.append(close)
    }

    private mutating func nextMember() {
        if hasMember[hasMember.count - 1] { bytes.append(UInt8(ascii: ",")) }
        hasMember[hasMember.count - 1] = true
        bytes.append(UInt8(ascii: "\n"))
        indent()
    }

    private mutating func indent() {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    private static func escape(_ byte: UInt8) -> [UInt8] {
        switch byte {
        case UInt8(ascii: "\""): return Array(#"\""#.utf8)
        case UInt8(ascii: "\\"): return Array(#"\\"#.utf8)
        case 0x08: return Array(#"\b"#.utf8)
        case 0x0C: return Array(#"\f"#.utf8)
        case UInt8(ascii: "\n"): return Array(#"\n"#.utf8)
        case UInt8(ascii: "\r"): return Array(#"\r"#.utf8)
        case UInt8(ascii: "\t"): return Array(#"\t"#.utf8)
        default:
            let hex = Array("0123456789abcdef".utf8)
            return Array(#"\u00"#.utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
        }
    }
}
