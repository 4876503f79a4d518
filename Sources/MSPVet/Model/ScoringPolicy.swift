/// The rules that turn check outcomes into a ranking, beyond what criteria files say.
public struct ScoringPolicy: Sendable, Hashable {
    /// A proposal whose evidence covers less than this share of the total weight is flagged
    /// low-evidence and ranked after every substantive bid, whatever its score: saying nothing
    /// must never beat saying something imperfect.
    public var minimumCoverage: Double
    /// A document at least this long (in sentences) that settles `settledCategoryShare` of some
    /// category is read on its merits below `minimumCoverage`: a master agreement states its terms
    /// in full and leaves service levels and prices to schedules, which is not saying nothing.
    public var longDocumentSentences: Int
    /// The share of one category's weight a long document must address to be read on its merits.
    public var settledCategoryShare: Double

    /// Bids addressing less than 30% of the total weight are low-evidence, unless of at least 150
    /// sentences addressing at least 60% of one category's weight. A third of the default weight
    /// is contract terms (keys, liability, payment) that a proposal rarely states before the
    /// contract stage; on the samples, substantive bids cover 37–78% and thin ones 0–18%.
    public static let standard = ScoringPolicy(minimumCoverage: 0.3)

    /// A policy with its own coverage threshold (0–1).
    public init(minimumCoverage: Double, longDocumentSentences: Int = 150, settledCategoryShare: Double = 0.6) {
        self.minimumCoverage = minimumCoverage
        self.longDocumentSentences = longDocumentSentences
        self.settledCategoryShare = settledCategoryShare
    }

    /// Whether a document with this coverage, length and best-covered category is low-evidence.
    /// Silence still cannot win a ranking: every check left unaddressed scores its `unaddressed`
    /// value, so a contract read on its merits is priced for what it leaves out.
    public func isLowEvidence(coverage: Double, sentences: Int, bestCategoryCoverage: Double) -> Bool {
        coverage < minimumCoverage && !(sentences >= longDocumentSentences && bestCategoryCoverage >= settledCategoryShare)
    }
}
