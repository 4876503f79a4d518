/// Shortens a sentence for quoting without cutting a word in half.
enum Quote {
    static func trimmed(_ text: String, limit: Int = 160) -> String {
        guard text.count > limit else { return text }
        var cut = String(text.prefix(limit))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut + "…"
    }
}
