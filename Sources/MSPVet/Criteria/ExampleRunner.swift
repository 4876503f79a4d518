/// Runs the examples written beside each check, the way `mspvet criteria test` and the test suite do.
public struct ExampleRunner: Sendable {
    /// One example's result.
    public struct Result: Sendable {
        /// The check the example belongs to.
        public var check: CheckID
        /// The example as written.
        public var example: CheckExample
        /// The outcome the check gave.
        public var outcome: Outcome
        /// The value a value check read.
        public var value: Double?
        /// How the rule decided, for a failing example.
        public var trace: [String]

        /// Whether the outcome (and value, when one is expected) is as written.
        public var passed: Bool {
            guard outcome == example.expected else { return false }
            guard let expected = example.value else { return true }
            return value.map { abs($0 - expected) < 0.01 } ?? false
        }

        /// One line saying what was expected and what happened.
        public var summary: String {
            let expectedValue = example.value.map { " with value \($0.compact)" } ?? ""
            let gotValue = value.map { " with value \($0.compact)" } ?? ""
            return "\(example.location): \(check): expected \(example.expected.rawValue)\(expectedValue), got \(outcome.rawValue)\(gotValue): \"\(Quote.trimmed(example.text, limit: 100))\""
        }
    }

    /// The criteria whose examples are run.
    public var criteria: CriteriaSet

    /// A runner for every example of `criteria`.
    public init(criteria: CriteriaSet) {
        self.criteria = criteria
    }

    /// Every example of every check, in file order.
    public var allExamples: [(CheckID, CheckExample)] {
        criteria.allChecks.flatMap { check in check.examples.map { (check.id, $0) } }
    }

    /// Runs every example, in file order.
    public func run() -> [Result] {
        allExamples.map { run($0.1, of: $0.0) }
    }

    /// The example is scored as a whole proposal, so checks it references are evaluated too.
    public func run(_ example: CheckExample, of id: CheckID) -> Result {
        let client = example.clientStack.map { stack in
            ClientProfile(name: "example client", stack: stack.mapValues { names in
                names.map { criteria.catalogue.platform(named: $0)?.name ?? $0 }
            })
        }
        let document = ProposalDocument(path: example.location.file, name: "example",
                                        sentences: SentenceSegmenter.segment(example.text))
        let result = CheckEvaluator(criteria: criteria, client: client).evaluate(id, in: document)
        return Result(check: id, example: example, outcome: result?.outcome ?? .unknown, value: result?.value,
                      trace: result?.trace ?? ["no check \(id) in the criteria"])
    }
}
