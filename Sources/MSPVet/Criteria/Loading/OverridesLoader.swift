/// Reads an evaluator's overrides file:
///
/// ```yaml
/// version: 1
/// evaluator: Dana Whitfield
/// consensus: false                 # true for the panel's consensus file
/// overrides:
///   - bid: clearpath-managed-services
///     check: security.attestation
///     outcome: pass                # pass | partial | fail; or a figure, or both
///     value: 12                    # for a check that reads a figure
///     date: 2026-11-18
///     why: The reference call confirmed a SOC 2 Type II report dated March 2026.
/// ```
///
/// Checks are checked against the criteria as the file is read; bids against the bids scored
/// when a ``BidReview`` runs. Every error names the file, line and column.
public struct OverridesLoader {
    /// The criteria the overrides name.
    public var criteria: CriteriaSet

    /// A loader checking against `criteria`.
    public init(criteria: CriteriaSet) {
        self.criteria = criteria
    }

    /// The overrides in the file at `path`.
    public func load(path: String) throws -> [EvaluatorOverride] {
        let document = try YAMLDocument.load(path: path)
        let mapping = try document.root.mapping("an overrides file", allowedKeys: ["version", "evaluator", "consensus", "overrides"])
        if let version = mapping["version"], try version.number("version") != 1 {
            throw Diagnostic(.invalidValue, at: version.location, "unsupported overrides version; this mspvet reads version 1")
        }
        let evaluator = try mapping.required("evaluator").nonEmptyString("evaluator")
        let consensus = try mapping["consensus"]?.bool("consensus") ?? false
        return try mapping.required("overrides").list("overrides").map { item in
            let entry = try item.mapping("an override", allowedKeys: ["bid", "check", "outcome", "value", "date", "why"])
            let bid = try entry.required("bid").nonEmptyString("bid")
            let checkValue = try entry.required("check")
            let written = try checkValue.nonEmptyString("check")
            guard let id = CheckID(written), let check = criteria.check(id) else {
                throw Diagnostic(.unknownReference, at: checkValue.textLocation,
                                 "no check '\(written)' in the criteria\(Suggestion.hint(for: written, among: criteria.allChecks.map(\.id.description)))")
            }
            var outcome: Outcome?
            if let value = entry["outcome"] {
                let word = try value.string("outcome")
                guard let read = Outcome(rawValue: word), read != .unknown else {
                    throw Diagnostic(.invalidValue, at: value.textLocation, "outcome must be pass, partial or fail, found '\(word)'")
                }
                outcome = read
            }
            var figure: Double?
            if let value = entry["value"] {
                guard check.valueUnit != nil else {
                    throw Diagnostic(.invalidValue, at: value.location, "\(id) reads no figure; give an outcome instead")
                }
                figure = try value.number("value")
            }
            guard outcome != nil || figure != nil else {
                throw Diagnostic(.missingKey, at: entry.location, "an override needs an outcome, a value, or both")
            }
            let dateValue = try entry.required("date")
            let dateText = try dateValue.string("date")
            guard let date = CivilDate(iso: dateText) else {
                throw Diagnostic(.invalidValue, at: dateValue.textLocation, "date must be written YYYY-MM-DD, found '\(dateText)'")
            }
            let note = try entry.required("why").nonEmptyString("why")
            return EvaluatorOverride(evaluator: evaluator, date: date, bid: bid, check: id, outcome: outcome, value: figure,
                                     note: note, consensus: consensus, location: entry.location)
        }
    }
}
