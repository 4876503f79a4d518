extension Token {
    /// A list label or clause number before a clause's words: a number, a single letter, or a
    /// short roman numeral ("7.3", "(b)", "(iv)"). Conditions and run-in titles are read after them.
    var isListLabel: Bool {
        kind != .word || text.count == 1 || Self.romanLabels.contains(text)
    }

    private static let romanLabels: Set<String> = ["ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii"]
}
