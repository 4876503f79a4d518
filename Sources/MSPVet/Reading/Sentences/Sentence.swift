/// The unit of evidence: one sentence (or list item, or table row) of a proposal, with the page
/// and line it starts on and the heading it sits under.
public struct Sentence: Sendable, Hashable {
    /// The sentence as written, markup removed.
    public var text: String
    /// The line it starts on.
    public var line: Int
    /// The page it starts on, for formats that have pages.
    public var page: Int?
    /// The heading it sits under, if any, as written ("4.1 Annual Price Adjustment").
    public var section: String? { heading?.text }
    /// The number of the clause it sits in ("4.2"), when the document numbers its clauses: a
    /// clause may open under a heading of its own number ("4. Fees") without a title of its own.
    public var clause: String?
    /// The heading and its words, shared by every sentence under it.
    var heading: SectionHeading?
    /// The words and numbers, as matching reads them.
    var tokens: [Token]
    /// How many of `tokens` are a lead announcing items ("This agreement may be terminated:",
    /// "…as follows:"): all of them for the lead alone, the lead's for a lead read with one of its
    /// items. A right stated in the lead waits on the items; the item says on what.
    var announcingLead = 0

    init(text: String, line: Int, page: Int? = nil, heading: SectionHeading? = nil, clause: String? = nil, tokens: [Token]) {
        self.text = text
        self.line = line
        self.page = page
        self.heading = heading
        self.clause = clause ?? heading?.number
        self.tokens = tokens
    }
}

/// A heading as sentences under it carry it: the text a citation shows, the clause number, and
/// the words a pattern may read as the sentence's context ("Annual Fee Adjustment" above "the fees
/// may change each year").
struct SectionHeading: Sendable, Hashable {
    var text: String
    var number: String?
    var tokens: [Token]

    init(_ heading: ClauseHeading) {
        text = heading.text
        number = heading.number
        tokens = Tokenizer.tokenize(heading.text)
    }
}
