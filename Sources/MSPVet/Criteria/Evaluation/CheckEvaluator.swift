/// Evaluates checks on one document: each check after the checks it reads, each outcome with the
/// evidence that decided it and the rationale a client reads.
///
/// Scoring evaluates every check; `mspvet explain` and the criteria examples evaluate one check
/// and only what it depends on.
public struct CheckEvaluator: Sendable {
    /// The criteria whose checks are evaluated.
    public var criteria: CriteriaSet
    /// The client's profile, for checks that read it.
    public var client: ClientProfile?
    var finder = EvidenceFinder()
    /// Evaluators' overrides, applied over the automatic verdicts as they are reached, so a check
    /// that reads an overridden one sees the evaluators' verdict.
    var adjudication: Adjudication?

    /// An evaluator of `criteria`, for `client` when one is given.
    public init(criteria: CriteriaSet, client: ClientProfile? = nil) {
        self.criteria = criteria
        self.client = client
    }

    /// Every check's result for one document, in criteria order.
    public func evaluateAll(_ document: ProposalDocument) -> [CheckResult] {
        let results = results(in: document, only: nil)
        return criteria.allChecks.compactMap { results[$0.id] }
    }

    /// One check's result, after evaluating the checks it reads (and only those); nil when the set
    /// has no check with that id.
    ///
    /// - Parameters:
    ///   - id: The check to evaluate.
    ///   - document: The proposal, contract or example it is evaluated on.
    public func evaluate(_ id: CheckID, in document: ProposalDocument) -> CheckResult? {
        guard criteria.check(id) != nil else { return nil }
        return results(in: document, only: dependencies(of: id))[id]
    }

    /// Several checks' results on one document, each check and what it reads evaluated once;
    /// ids the criteria lack are left out.
    ///
    /// - Parameters:
    ///   - ids: The checks to evaluate.
    ///   - document: The proposal, contract or example they are evaluated on.
    public func evaluate(_ ids: [CheckID], in document: ProposalDocument) -> [CheckID: CheckResult] {
        let known = ids.filter { criteria.check($0) != nil }
        let results = results(in: document, only: known.reduce(into: Set<CheckID>()) { $0.formUnion(dependencies(of: $1)) })
        return results.filter { known.contains($0.key) }
    }

    /// The checks of `needed` (every check when nil), each after the checks it reads.
    private func results(in document: ProposalDocument, only needed: Set<CheckID>?) -> [CheckID: CheckResult] {
        var results: [CheckID: CheckResult] = [:]
        let parties = PartyRoster(document, clientName: client?.name)
        let decisions = adjudication?.decisions(for: document.name) ?? [:]
        for id in criteria.evaluationOrder where needed?.contains(id) ?? true {
            guard let check = criteria.check(id) else { continue }
            let automatic = result(of: check, in: document, parties: parties, given: results)
            results[id] = decisions[id].map { automatic.overridden(by: $0, check: check) } ?? automatic
        }
        return results
    }

    /// The check and every check it reads, directly or through others.
    private func dependencies(of id: CheckID) -> Set<CheckID> {
        var needed: Set<CheckID> = [id]
        var pending = [id]
        while let next = pending.popLast() {
            for reference in criteria.check(next)?.rule.references ?? [] where needed.insert(reference.id).inserted {
                pending.append(reference.id)
            }
        }
        return needed
    }

    private func result(of check: Check, in document: ProposalDocument, parties: PartyRoster,
                        given results: [CheckID: CheckResult]) -> CheckResult {
        // The context is a temporary, released before the caller stores the result, so the
        // dictionary is not copied once per check.
        let verdict = check.rule.evaluate(RuleContext(document: document, polarity: check.polarity, client: client,
                                                      catalogue: criteria.catalogue, results: results, finder: finder,
                                                      parties: parties))
        let score = verdict.outcome == .unknown ? check.unaddressedScore : (verdict.score ?? verdict.outcome.standardScore ?? 0)
        let deciding = DecidingEvidence.choose(for: verdict)
        let value = verdict.value ?? deciding?.value
        return CheckResult(id: check.id, title: check.title, polarity: check.polarity, outcome: verdict.outcome,
                           score: score, value: value, evidence: verdict.evidence,
                           decidingEvidence: deciding,
                           rationale: RationaleWriter.rationale(for: check, outcome: verdict.outcome, value: value, deciding: deciding),
                           ask: check.ask,
                           effectiveWeight: criteria.effectiveWeights[check.id] ?? 0,
                           preferredContext: verdict.preferredContext, byPriority: verdict.byPriority, trace: verdict.trace)
    }
}
