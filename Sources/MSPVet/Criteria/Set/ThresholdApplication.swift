extension CriteriaSet {
    /// The set with a client's own thresholds in place of the criteria's, for the value checks the
    /// overrides name. Keys a profile leaves out keep the criteria's values.
    ///
    /// - Throws: A ``Diagnostic`` at the profile's line for a check that does not exist, is not a
    ///   value check, is graded the other way ("pass-at-least" on a notice period), or whose
    ///   thresholds would cross.
    public func applying(_ overrides: [ThresholdOverride]) throws -> CriteriaSet {
        guard !overrides.isEmpty else { return self }
        var replaced: [CheckID: Check] = [:]
        for override in overrides {
            let check = try resolve(override)
            replaced[check.id] = try (replaced[check.id] ?? check).applying(override)
        }
        let categories = categories.map { category in
            var copy = category
            copy.checks = category.checks.map { replaced[$0.id] ?? $0 }
            return copy
        }
        return CriteriaSet(categories: categories, catalogue: catalogue, sources: sources, evaluationOrder: evaluationOrder)
    }

    private func resolve(_ override: ThresholdOverride) throws -> Check {
        if override.check.contains("."), let id = CheckID(override.check), let check = check(id) { return check }
        let bare = allChecks.filter { $0.id.check == override.check }
        if bare.count == 1 { return bare[0] }
        if bare.count > 1 {
            throw Diagnostic(.unknownReference, at: override.location,
                             "'\(override.check)' names checks in several categories (\(bare.map(\.id.description).joined(separator: ", "))); write category.check")
        }
        let names = allChecks.flatMap { [$0.id.description, $0.id.check] }
        let suggestion = Suggestion.closest(to: override.check, among: names).map { "; did you mean '\($0)'?" } ?? ""
        throw Diagnostic(.unknownReference, at: override.location, "no check '\(override.check)' in the criteria\(suggestion)")
    }
}

extension Check {
    /// This check graded by the override's thresholds.
    func applying(_ override: ThresholdOverride) throws -> Check {
        guard var value = rule as? ValueRule else {
            throw Diagnostic(.invalidValue, at: override.location,
                             "\(id) is a \(kind.rawValue) check; only value checks have thresholds")
        }
        value.grading = try value.grading.applying(override, to: id)
        var copy = self
        copy.rule = value
        return copy
    }
}

extension ValueGrading {
    /// The grading with the override's thresholds, keeping the criteria's for the keys it omits.
    func applying(_ override: ThresholdOverride, to id: CheckID) throws -> ValueGrading {
        let (passKey, failKey): (ThresholdOverride.Key, ThresholdOverride.Key) =
            direction == .lowerIsBetter ? (.passAtMost, .failAbove) : (.passAtLeast, .failBelow)
        if let wrong = override.values.keys.sorted(by: { $0.rawValue < $1.rawValue }).first(where: { $0 != passKey && $0 != failKey }) {
            let sense = direction == .lowerIsBetter ? "lower is better" : "higher is better"
            throw Diagnostic(.invalidValue, at: override.location,
                             "\(id) is graded \(sense): use \(passKey.rawValue) and \(failKey.rawValue), not \(wrong.rawValue)")
        }
        var graded = self
        graded.pass = override.values[passKey] ?? pass
        graded.fail = override.values[failKey] ?? fail
        let crossed = direction == .lowerIsBetter ? graded.pass > graded.fail : graded.pass < graded.fail
        if crossed {
            throw Diagnostic(.invalidValue, at: override.location,
                             "\(passKey.rawValue) \(graded.pass.compact) and \(failKey.rawValue) \(graded.fail.compact) cross for \(id); set \(override.values[failKey] == nil ? failKey.rawValue : passKey.rawValue) too")
        }
        graded.criteria = (pass, fail)
        return graded
    }
}
