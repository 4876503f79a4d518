/// The terms that decide when a client can leave its MSP, read from one contract: when it began,
/// how long it runs, how it renews, and how and when notice must be given. A term not stated is nil.
public struct KeyTerms: Sendable, Hashable {
    /// How the contract renews at the end of a term.
    public enum Renewal: String, Sendable, Hashable {
        /// By itself, unless notice is given.
        case automatic
        /// Only if the parties agree (or one elects to).
        case byAgreement = "by-agreement"
    }

    /// The contract, as the user named it.
    public var file: String
    /// When the initial term began: the effective or commencement date, the date signed, or given.
    public var effectiveDate: StatedTerm<CivilDate>?
    /// The initial term, in months.
    public var initialTermMonths: StatedTerm<Int>?
    /// Whether the contract renews by itself.
    public var renewal: StatedTerm<Renewal>?
    /// Each renewal term, in months (1 for month to month).
    public var renewalTermMonths: StatedTerm<Int>?
    /// The least notice that stops a renewal or ends the contract.
    public var noticeMinimum: StatedTerm<NoticeLength>?
    /// The most: "no less than 30 and no more than 60 days" makes notice given too early invalid.
    public var noticeMaximum: StatedTerm<NoticeLength>?
    /// How notice must be given: "in writing", "certified mail", "email", "the client portal".
    public var noticeMethods: StatedTerm<[String]>?
    /// The price rise once the contract runs on month to month or renews, in percent.
    public var upliftPercent: StatedTerm<Double>?
    /// Numeric dates that could be read two ways ("01/03/2025") and were not, for want of a locale.
    public var ambiguousDates: [String]

    /// Terms read from `file`; nil for each term not stated.
    public init(file: String, effectiveDate: StatedTerm<CivilDate>? = nil, initialTermMonths: StatedTerm<Int>? = nil,
                renewal: StatedTerm<Renewal>? = nil, renewalTermMonths: StatedTerm<Int>? = nil,
                noticeMinimum: StatedTerm<NoticeLength>? = nil, noticeMaximum: StatedTerm<NoticeLength>? = nil,
                noticeMethods: StatedTerm<[String]>? = nil, upliftPercent: StatedTerm<Double>? = nil,
                ambiguousDates: [String] = []) {
        self.file = file
        self.effectiveDate = effectiveDate
        self.initialTermMonths = initialTermMonths
        self.renewal = renewal
        self.renewalTermMonths = renewalTermMonths
        self.noticeMinimum = noticeMinimum
        self.noticeMaximum = noticeMaximum
        self.noticeMethods = noticeMethods
        self.upliftPercent = upliftPercent
        self.ambiguousDates = ambiguousDates
    }
}
