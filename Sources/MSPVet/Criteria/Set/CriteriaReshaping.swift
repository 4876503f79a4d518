/// The criteria reshaped for one RFP: its weights, or without the categories a sealed envelope keeps apart.
extension CriteriaSet {
    /// The set with these category weights in place of the criteria's (an RFP's own priorities);
    /// a category not named keeps its weight.
    public func reweighted(_ weights: [String: Double]) -> CriteriaSet {
        guard !weights.isEmpty else { return self }
        let categories = categories.map { category in
            var copy = category
            copy.weight = weights[category.id] ?? category.weight
            return copy
        }
        return CriteriaSet(categories: categories, catalogue: catalogue, sources: sources, evaluationOrder: evaluationOrder)
    }

    /// The set without the categories `ids`, for a quality envelope sealed from price. Checks of
    /// other categories that read a removed check keep it, so their verdicts do not change.
    public func removing(categories ids: Set<String>) -> CriteriaSet {
        var needed = Set<CheckID>()
        for category in categories where !ids.contains(category.id) {
            for check in category.checks {
                check.rule.references.forEach { needed.insert($0.id) }
            }
        }
        let kept = categories.compactMap { category -> Category? in
            guard ids.contains(category.id) else { return category }
            var copy = category
            copy.checks = category.checks.filter { needed.contains($0.id) }
            return copy.checks.isEmpty ? nil : copy
        }
        let remaining = Set(kept.flatMap { $0.checks.map(\.id) })
        return CriteriaSet(categories: kept, catalogue: catalogue, sources: sources, evaluationOrder: evaluationOrder.filter(remaining.contains))
    }
}
