/// A calendar date written in a sentence, with the words that wrote it.
public struct DateMention: Sendable, Hashable {
    /// The day.
    public var date: CivilDate
    /// The date as written: "1st March 2025", "03/01/2025".
    public var written: String
    /// Where it starts in the sentence, in characters: dates are taken in reading order.
    public var offset: Int
}
