/// Everything proposals are scored against: categories of checks and the platform catalogue.
public struct CriteriaSet: Sendable {
    public var categories: [Category]
    public var catalogue: PlatformCatalogue
    /// The files the set was read from, in order.
    public var sources: [String]
    /// Check ids in an order where every check comes after the checks its condition reads.
    public var evaluationOrder: [CheckID]

    public var allChecks: [Check] { categories.flatMap(\.checks) }

    public func check(_ id: CheckID) -> Check? {
        categories.first { $0.id == id.category }?.checks.first { $0.id == id }
    }

    /// The id of the check a misspelt id most likely means.
    public func closestCheckID(to text: String) -> String? {
        Suggestion.closest(to: text, among: allChecks.map(\.id.description))
    }

    /// Each category's share of the total.
    public var categoryShares: [String: Double] {
        let total = categories.reduce(0) { $0 + $1.weight }
        return Dictionary(uniqueKeysWithValues: categories.map { ($0.id, total > 0 ? $0.weight / total : 0) })
    }

    /// Each check's share of the total: its category's share times its share of the category.
    public var effectiveWeights: [CheckID: Double] {
        let shares = categoryShares
        var weights: [CheckID: Double] = [:]
        for category in categories {
            let total = category.checks.reduce(0) { $0 + $1.weight }
            for check in category.checks {
                weights[check.id] = (shares[category.id] ?? 0) * (total > 0 ? check.weight / total : 0)
            }
        }
        return weights
    }
}
