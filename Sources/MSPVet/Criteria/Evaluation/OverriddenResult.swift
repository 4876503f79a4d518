extension CheckResult {
    /// This result with the evaluators' decision in place of the automatic verdict. A figure
    /// given without an outcome is graded as the check grades a figure it reads; the evidence
    /// stays, and the automatic verdict is kept beside the decision.
    func overridden(by decision: Adjudication.Decision, check: Check) -> CheckResult {
        var copy = self
        let graded = decision.value.flatMap(check.grade)
        copy.value = decision.value ?? value
        if let outcome = decision.outcome {
            copy.outcome = outcome
            // A figure and an outcome together: the figure's grade scores it where they agree.
            if let graded, graded.0 == outcome {
                copy.score = graded.1
            } else {
                copy.score = outcome.standardScore ?? check.unaddressedScore
            }
        } else if let graded {
            (copy.outcome, copy.score) = graded
        }
        copy.override = AppliedOverride(automaticOutcome: outcome, automaticValue: value, automaticRationale: rationale,
                                        overrides: decision.overrides, decidedBy: decision.decidedBy, disputed: decision.disputed)
        let notes = decision.overrides.map { "\($0.evaluator) (\($0.date.iso)): \($0.note)" }.joined(separator: " ")
        let figure = copy.value.map { " (\(check.valueUnit?.format($0) ?? $0.compact))" } ?? ""
        copy.rationale = "Overridden by \(decision.decidedBy): \(copy.outcome.rawValue)\(figure), where the bid read as \(outcome.rawValue). \(notes)"
        copy.trace.append("overridden: \(copy.outcome.rawValue) by \(decision.decidedBy)")
        return copy
    }
}

extension Check {
    /// The outcome and score a figure earns on a check that grades figures; nil for other kinds.
    func grade(_ value: Double) -> (Outcome, Double)? {
        (rule as? ValueRule)?.grading.grade(value)
    }
}
