/// A quoted sentence that bears on a check, with where it is and how it bears.
public struct Evidence: Sendable, Hashable {
    /// Which way the sentence argues, in the client's terms.
    public enum Bearing: String, Sendable, Hashable {
        /// In the client's favour ("We do not charge early termination fees").
        case favourable
        /// Against the client ("This Agreement renews automatically").
        case unfavourable
        /// A mention without the structure a strength needs ("digital transformation").
        case hint
    }

    /// The document, as the user named it.
    public var file: String
    /// The page, for formats that have pages (PDF, and DOCX saved with page breaks).
    public var page: Int?
    /// The line the match starts on: on the page for PDF, in the file for text and HTML, the paragraph for DOCX.
    public var line: Int
    /// The heading the sentence sits under, if any.
    public var section: String?
    /// The whole sentence, as written (markup removed).
    public var text: String
    /// The words the pattern matched.
    public var match: String
    /// The criteria pattern that matched, as written.
    public var pattern: String
    /// Whether a negation cue governs the match, and which.
    public var negation: Negation
    /// Which way the sentence argues for the client.
    public var bearing: Evidence.Bearing
    /// The value read from this sentence, for value checks.
    public var value: Double?

    /// Whether a negation cue governs the match.
    public var negated: Bool { negation.isNegated }

    /// `file:page:line`, or `file:line` when the format has no pages.
    public var location: String { Self.location(file: file, page: page, line: line) }

    /// The one way a location is written: `file:page:line`, or `file:line` without pages; controls in the name are escaped.
    public static func location(file: String, page: Int?, line: Int) -> String {
        let file = ControlCharacters.escaped(file)
        return page.map { "\(file):\($0):\(line)" } ?? "\(file):\(line)"
    }

    /// The location and the heading the sentence sits under: how a reader finds it in the original.
    public var citation: String { section.map { "\(location), \($0)" } ?? location }

    /// The citation in words, for a report a client reads: "bid.pdf, page 2, line 4, Term".
    public var citationInWords: String {
        let file = ControlCharacters.escaped(file)
        let place = page.map { "\(file), page \($0), line \(line)" } ?? "\(file), line \(line)"
        return section.map { "\(place), \($0)" } ?? place
    }
}
