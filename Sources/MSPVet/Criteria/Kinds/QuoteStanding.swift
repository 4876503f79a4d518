/// How well a sentence can stand for the clause it matched, when a rule picks the one quote that
/// shows its outcome. A contract names its subject before it states it: the title ("EXCLUSIVE
/// DISTRIBUTOR AGREEMENT"), the opening ("This Agreement is made and entered into by and
/// between…"), the recitals ("WHEREAS, Supplier wishes to appoint an exclusive reseller") and the
/// definitions ("'Renewal Term' means…") all mention what a later clause grants. A reader checking
/// the quote wants that clause.
enum QuoteStanding: Int, Comparable {
    /// A sentence that states the term itself.
    case operative
    /// A definition that names the clause in passing.
    case definition
    /// The title, the opening paragraph or a recital: the deal described, not granted.
    case preamble

    init(_ text: String) {
        if Self.isPreamble(text) {
            self = .preamble
        } else if Self.isDefinition(text) {
            self = .definition
        } else {
            self = .operative
        }
    }

    static func < (lhs: QuoteStanding, rhs: QuoteStanding) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Whether a sentence defines a term ("'Renewal Term' means…", "has the meaning given in 9.2")
    /// rather than stating the clause itself.
    static func isDefinition(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return definitionMarkers.contains { lowered.contains($0) }
    }

    /// Whether a sentence is the title, the opening that names the parties, or a recital.
    static func isPreamble(_ text: String) -> Bool {
        let lowered = text.lowercased()
        if preambleMarkers.contains(where: { lowered.contains($0) }) { return true }
        let opening = lowered.drop { !$0.isLetter }
        if recitalOpenings.contains(where: { opening.hasPrefix($0) }) { return true }
        // A title or heading in capitals, without a full stop: it names, it does not state.
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 8 && !letters.contains { $0.properties.isLowercase } && text.last != "."
    }

    private static let definitionMarkers = [" means ", " shall mean ", " has the meaning", " have the meaning", " as defined in "]
    private static let preambleMarkers = ["entered into", "by and between", "by and among", "whereas", "now, therefore", "now therefore"]
    private static let recitalOpenings = ["background", "recitals", "recital "]
}
