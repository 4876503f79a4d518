internal import Plot

/// Plot escapes `<` and `>` in text, but passes `&name;` through as an entity and writes attribute
/// values as they are. Every string that comes from a proposal, a criteria file or a client
/// profile goes through these, so what the report shows is exactly what was written, and no
/// input can open a tag or leave an attribute.
extension Node {
    /// Text shown literally: `&` is escaped first, so Plot's entity pass-through yields `&amp;`.
    static func literal(_ text: String) -> Node {
        .text(text.replacingOccurrences(of: "&", with: "&amp;"))
    }

    /// An attribute whose value is escaped for a double-quoted attribute.
    static func escapedAttribute(named name: String, value: String) -> Node {
        .attribute(named: name, value: value
            .replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;"))
    }

    /// An element holding literal text.
    static func element(named name: String, literal text: String) -> Node {
        .element(named: name, nodes: [.literal(text)])
    }
}
