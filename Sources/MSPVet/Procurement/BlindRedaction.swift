extension BlindReview {
    /// `ranking` with every bid under its code and its company names redacted in every quote,
    /// rationale and trace. Scores are untouched: the bids were scored as written.
    public func redact(_ ranking: Ranking) -> Ranking {
        var copy = ranking
        copy.proposals = ranking.proposals.map { proposal in
            var blind = proposal
            blind.name = code(for: proposal.name) ?? redact(proposal.name)
            blind.file = blind.name
            blind.checks = proposal.checks.map(redact)
            return blind
        }
        return copy
    }

    /// Overrides with their bids under codes and their notes redacted, for the audit trail.
    public func redact(_ overrides: [EvaluatorOverride]) -> [EvaluatorOverride] {
        overrides.map { override in
            var copy = override
            copy.bid = code(for: override.bid) ?? redact(override.bid)
            copy.note = redact(override.note)
            return copy
        }
    }

    /// Stated prices keyed by code, so they still find their bid in a blind ranking.
    public func redact(_ prices: [StatedPrice]) -> [StatedPrice] {
        prices.map { price in
            var copy = price
            copy.bid = code(for: price.bid) ?? redact(price.bid)
            copy.source = redact(price.source)
            return copy
        }
    }

    private func redact(_ result: CheckResult) -> CheckResult {
        var copy = result
        copy.evidence = result.evidence.map(redact)
        copy.decidingEvidence = result.decidingEvidence.map(redact)
        copy.rationale = redact(result.rationale)
        copy.trace = result.trace.map(redact)
        if var override = result.override {
            override.automaticRationale = redact(override.automaticRationale)
            override.overrides = redact(override.overrides)
            override.decidedBy = redact(override.decidedBy)
            copy.override = override
        }
        return copy
    }

    private func redact(_ evidence: Evidence) -> Evidence {
        var copy = evidence
        copy.file = entries.first { $0.file == evidence.file }?.code ?? redact(evidence.file)
        copy.text = redact(evidence.text)
        copy.match = redact(evidence.match)
        copy.section = evidence.section.map(redact)
        return copy
    }
}
