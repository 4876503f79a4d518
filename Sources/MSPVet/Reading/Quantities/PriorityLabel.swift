/// The priority a service-level figure belongs to, read from the words before it: "P1", "Priority
/// 2", "Severity 1", "critical", "high", "low". PSAs and contracts name tiers either way, so both
/// map onto P1 (most urgent) to P4.
enum PriorityLabel {
    /// Words that name a tier on their own.
    private static let named: [String: Int] = [
        "p1": 1, "p2": 2, "p3": 3, "p4": 4,
        "sev1": 1, "sev2": 2, "sev3": 3, "sev4": 4,
        "critical": 1, "urgent": 1, "emergency": 1, "outage": 1, "outages": 1,
        "high": 2, "medium": 3, "normal": 3, "standard": 3, "low": 4, "routine": 4,
    ]
    /// Words a tier number follows: "Priority 1", "Severity 2", "Sev 3", "Level 1".
    private static let numbered: Set<String> = ["priority", "severity", "sev", "level", "tier", "p"]

    /// The tier named nearest before `position` in `tokens`, else the first named after it, or nil.
    static func priority(in tokens: [Token], near position: Int) -> Int? {
        let tiers = tokens.indices.compactMap { index in tier(at: index, in: tokens).map { (index, $0) } }
        if let before = tiers.last(where: { $0.0 < position }) { return before.1 }
        return tiers.first { $0.0 >= position }?.1
    }

    private static func tier(at index: Int, in tokens: [Token]) -> Int? {
        let token = tokens[index]
        if let tier = named[token.text] { return tier }
        guard numbered.contains(token.text), index + 1 < tokens.count,
              let number = tokens[index + 1].number, (1...4).contains(number), number.rounded() == number else { return nil }
        return Int(number)
    }
}
