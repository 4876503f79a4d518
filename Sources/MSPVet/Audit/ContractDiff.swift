/// What changed between two versions of a contract — the one in force and the renewal on the
/// table — check by check: every check whose outcome or figure differs, in criteria order.
public struct ContractDiff: Sendable, Hashable {
    /// The two versions, as the user named them.
    public var old: String
    /// The new version.
    public var new: String
    /// Checks whose outcome or figure differ.
    public var changes: [CheckChange]

    /// Compares two sets of results, checks matched by id. `criteria` names and orders them and
    /// gives each figure its unit; a check only one side has is compared with "not stated".
    public init(old: String, oldResults: [CheckResult], new: String, newResults: [CheckResult], criteria: CriteriaSet) {
        self.old = old
        self.new = new
        let before = Dictionary(oldResults.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(newResults.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let order = criteria.allChecks.map(\.id)
        let ids = order + Set(before.keys).union(after.keys).subtracting(order).sorted()
        let unstated = CheckChange.Side(outcome: .unknown, score: .nan, value: nil, quote: nil)
        changes = ids.compactMap { id in
            guard before[id] != nil || after[id] != nil else { return nil }
            let (was, now) = (before[id].map(CheckChange.Side.init) ?? unstated, after[id].map(CheckChange.Side.init) ?? unstated)
            guard was.outcome != now.outcome || Self.rounded(was.value) != Self.rounded(now.value) else { return nil }
            let check = criteria.check(id)
            let title = check?.label ?? before[id]?.title ?? after[id]?.title ?? id.description
            return CheckChange(id: id, label: title, unit: check?.valueUnit, lowerIsBetter: check?.lowerValueIsBetter, before: was, after: now)
        }
    }

    /// Figures are compared as reports show them, so 89.999 and 90 are no change.
    private static func rounded(_ value: Double?) -> Double? {
        value.map { ($0 * 100).rounded() / 100 }
    }

    /// How many changes go against the client, and how many in its favour.
    public var counts: (worse: Int, better: Int, neutral: Int) {
        (changes.filter { $0.direction == .worse }.count, changes.filter { $0.direction == .better }.count,
         changes.filter { $0.direction == .neutral }.count)
    }
}
