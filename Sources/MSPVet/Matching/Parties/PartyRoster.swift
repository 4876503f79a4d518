/// The parties of one document and the names it calls them by, each marked as the MSP or the
/// client, so a rule can ask who holds the right or duty a sentence states.
///
/// Contracts name their parties by defined terms: `Acme IT Services LLC ("Provider")`,
/// `Northwind Logistics Ltd. (hereinafter "Northwind")`, `("Acme", "we" or "us")`. A defined term
/// that is a role word ("Provider", "Customer") gives its party that role; the client profile's
/// name marks the client; and when a contract defines exactly two parties (companies, or anyone
/// given a role) and one role is known, the other party holds the other. Without a definition,
/// role words and pronouns keep their plain sense: in a proposal "we" is the MSP and "you" the
/// client.
public struct PartyRoster: Sendable {
    /// One way the document names a party: the name's words as matching folds them.
    struct Name: Sendable, Hashable {
        var words: [String]
        var role: PartyRole
        /// A role word ("provider", "client") rather than a proper name: "another provider" is not
        /// the MSP, while "Acme" is Acme wherever it stands.
        var isGeneric: Bool
    }

    /// A name found in a sentence.
    struct Mention: Sendable, Hashable {
        var range: Range<Int>
        var role: PartyRole
        /// "your", "our", "Client's": the party owns a thing in the clause; it does not act in it.
        var isPossessive = false
    }

    static let possessiveWords: Set<String> = ["your", "our", "yours", "ours"]

    static let mspWords = ["provider", "service provider", "services provider", "managed service provider", "supplier",
                           "vendor", "contractor", "consultant", "msp", "we", "us", "our", "ours"]
    static let clientWords = ["client", "customer", "buyer", "purchaser", "recipient", "subscriber", "you", "your", "yours"]
    static let bothWords = ["either party", "each party", "both parties", "the parties", "any party", "either of us", "each of us"]
    /// Before a role word, these make it some other party: "another provider", "any third party vendor".
    static let otherParty: Set<String> = ["other", "another", "third", "alternative", "successor", "replacement", "new", "sub"]
    /// What ends a company's name, telling a party's definition from a defined term such as
    /// `the "Services"`.
    static let companySuffixes: Set<String> = ["inc", "incorporated", "llc", "ltd", "limited", "corp", "corporation",
                                               "company", "co", "gmbh", "plc", "llp", "lp", "ag", "sa", "bv", "pty", "group"]

    /// Every name, longest first within the same first word.
    private(set) var names: [String: [Name]] = [:]
    /// The document's own definitions, as "name → role" for a trace or a report.
    public private(set) var definitions: [String: PartyRole] = [:]

    /// The roster of `document`, for a client called `clientName` when a profile gives one.
    public init(_ document: ProposalDocument, clientName: String? = nil) {
        self.init(sentences: document.sentences.lazy.map(\.text), clientName: clientName)
    }

    /// The role words and pronouns every document starts from, folded once.
    private static let plain: PartyRoster = {
        var roster = PartyRoster()
        for word in mspWords { roster.add(word, .msp, generic: true) }
        for word in clientWords { roster.add(word, .client, generic: true) }
        for word in bothWords { roster.add(word, .both, generic: true) }
        return roster
    }()

    private init() {}

    init(sentences: some Sequence<String>, clientName: String?) {
        self = Self.plain
        let client = clientName.map(Self.words) ?? []
        if !client.isEmpty { add(client, .client, generic: false, shown: clientName) }

        var companies: [(names: [String], role: PartyRole?)] = []
        for text in sentences where text.containsUTF8Byte(where: { $0 == UInt8(ascii: "(") }) && text.containsUTF8Byte(where: Self.isQuoteByte) {
            for definition in PartyDefinition.all(in: text) {
                let aliases = definition.aliases.map(Self.words).filter { !$0.isEmpty }
                let entity = definition.entity.map(Self.words) ?? []
                let named = [entity] + aliases
                var role = aliases.lazy.compactMap(Self.genericRole).first
                if role == nil, !client.isEmpty, named.contains(where: { !$0.isEmpty && (client.starts(with: $0) || $0.starts(with: client)) }) {
                    role = .client
                }
                // A party is a company, or anyone the contract gives a role ("Jane Roe, an
                // individual (the "Consultant")"): both count when placing the other side.
                let isCompany = entity.last.map { Self.companySuffixes.contains($0) } ?? false
                let names = named.filter { !$0.isEmpty }.map { $0.joined(separator: " ") }
                if isCompany || role != nil, !companies.contains(where: { $0.names == names }) { companies.append((names, role)) }
                if let role { named.filter { !$0.isEmpty }.forEach { add($0, role, generic: false) } }
            }
        }
        // Two parties, one of them placed: the other is the other side.
        if companies.count == 2, let known = companies.first(where: { $0.role != nil && $0.role != .both }),
           let other = companies.first(where: { $0.role == nil }) {
            let role: PartyRole = known.role == .msp ? .client : .msp
            other.names.forEach { add(Self.words($0), role, generic: false) }
        }
    }

    private mutating func add(_ name: String, _ role: PartyRole, generic: Bool) {
        add(Self.words(name), role, generic: generic)
    }

    private mutating func add(_ words: [String], _ role: PartyRole, generic: Bool, shown: String? = nil) {
        guard let first = words.first else { return }
        if !generic { definitions[shown ?? words.joined(separator: " ")] = role }
        var list = names[first, default: []]
        list.removeAll { $0.words == words }
        list.append(Name(words: words, role: role, isGeneric: generic))
        list.sort { $0.words.count > $1.words.count }
        names[first] = list
    }

    /// The role a role word or pronoun has by itself, if any.
    private static func genericRole(_ words: [String]) -> PartyRole? {
        let name = words.joined(separator: " ")
        if mspWords.contains(name) { return .msp }
        if clientWords.contains(name) { return .client }
        return nil
    }

    /// `"`, `'`, or the lead byte of a curly quote: a sentence without one defines no name.
    private static func isQuoteByte(_ byte: UInt8) -> Bool {
        byte == 0x22 || byte == 0x27 || byte == 0xE2
    }

    /// A name's words as matching folds them, possessives dropped, company punctuation ignored.
    static func words(_ name: String) -> [String] {
        Tokenizer.tokenize(name).filter { $0.kind != .symbol }.map { stem($0.text) }
    }

    private static func stem(_ word: String) -> String {
        word.hasSuffix("'s") ? String(word.dropLast(2)) : word
    }

    /// Every name of a party in `tokens`, left to right, the longest where names overlap.
    func mentions(in tokens: [Token]) -> [Mention] {
        var found: [Mention] = []
        var index = 0
        while index < tokens.count {
            let word = Self.stem(tokens[index].text)
            let match = names[word]?.first { name in
                guard index + name.words.count <= tokens.count else { return false }
                return name.words.indices.allSatisfy { Self.stem(tokens[index + $0].text) == name.words[$0] }
            }
            guard let match else { index += 1; continue }
            let isOther = match.isGeneric && index > 0 && Self.otherParty.contains(tokens[index - 1].text)
            if !isOther, !Self.isCountry(at: index, match, in: tokens) {
                let last = tokens[index + match.words.count - 1].text
                found.append(Mention(range: index..<(index + match.words.count), role: match.role,
                                     isPossessive: last.hasSuffix("'s") || Self.possessiveWords.contains(last)))
            }
            index += match.words.count
        }
        return found
    }

    /// Whether "US" in capitals, in a sentence that is not all capitals, names the country
    /// ("Northwind US", "US customers") rather than standing for "us", the MSP.
    private static func isCountry(at index: Int, _ match: Name, in tokens: [Token]) -> Bool {
        guard match.isGeneric, match.words == ["us"], tokens[index].original == "US" else { return false }
        let neighbours = [index - 1, index + 1].filter(tokens.indices.contains).map { tokens[$0].original }
        return neighbours.contains { $0.containsUTF8Byte(where: \.isASCIILowercase) }
    }

    /// Who holds what `range` of `tokens` states: the party named inside it ("Client may
    /// terminate"), else the nearest named before it in the same clause ("Provider shall, on
    /// request, remove its agents"), else one named after it by "by" or "of" ("may be
    /// terminated by Client", "remains the property of Provider"). Possessives ("your data") own
    /// something in the clause: one inside the match holds it unless a party before it is the
    /// subject of a modal ("shall remain the Client's property", but "the Company may end the
    /// Consultant's services"), and one before it holds nothing. Nil when the sentence names no
    /// party the roster knows.
    func holder(of range: Range<Int>, in tokens: [Token]) -> PartyRole? {
        holder(of: range, in: tokens, mentions: mentions(in: tokens))
    }

    /// The holder, given the sentence's `mentions` already found (a caller judging many matches
    /// of one sentence finds them once).
    func holder(of range: Range<Int>, in tokens: [Token], mentions: [Mention]) -> PartyRole? {
        let inside = mentions.filter { range.contains($0.range.lowerBound) && !Self.isRecipient($0, in: tokens) }
        // Of the parties named before it in the same clause, the nearest one acting ("Provider
        // shall pay Client a fee": Provider pays), else the nearest one; not one given or sent
        // something ("the Company gives the Consultant notice of termination for any reason").
        let before = mentions.filter { mention in
            !mention.isPossessive && !Self.isRecipient(mention, in: tokens)
                && mention.range.upperBound <= range.lowerBound && range.lowerBound - mention.range.upperBound <= Self.reach
                && !tokens[mention.range.upperBound...range.lowerBound].contains { $0.breakBefore == .semicolon }
        }
        // A possessive inside the match says whose thing it is ("shall remain the Client's
        // property", "the Customer List remains our property"), unless a party before it is the
        // subject of a modal verb: "the Company may end the Consultant's services" is the
        // Company's right.
        let owner = inside.first { !$0.isPossessive } ?? inside.first.flatMap { possessive in
            before.contains { Self.isModalSubject($0, in: tokens) } ? nil : possessive
        }
        if let inside = owner {
            // "Either Consultant or Company may terminate": two parties named together hold it both.
            if let partner = mentions.first(where: { $0.range.lowerBound >= inside.range.upperBound }),
               Self.namedTogether(inside, partner, in: tokens) {
                return .both
            }
            if Self.offeredAsEither(inside, in: tokens) { return .both }
            return inside.role
        }
        if let chosen = before.last(where: { Self.acts($0, in: tokens) }) ?? before.last {
            // "Recipient and Provider may terminate": two parties acting together are either party.
            if let partner = before.last(where: { $0.range.upperBound < chosen.range.lowerBound }),
               Self.namedTogether(partner, chosen, in: tokens) {
                return .both
            }
            if Self.offeredAsEither(chosen, in: tokens) { return .both }
            return chosen.role
        }
        if let after = mentions.first(where: { $0.range.lowerBound >= range.upperBound }),
           after.range.lowerBound - range.upperBound <= 8, after.range.lowerBound > 0, ["by", "of"].contains(tokens[after.range.lowerBound - 1].text) {
            return after.role
        }
        return nil
    }

    /// Whether `mention` is whom something is given or sent to ("it shall give the Provider
    /// sixty days' notice", "on notice to Client"): the one who gives it holds the right.
    private static func isRecipient(_ mention: Mention, in tokens: [Token]) -> Bool {
        var index = mention.range.lowerBound - 1
        if index >= 0, tokens[index].text == "the" { index -= 1 }
        return index >= 0 && recipientMarkers.contains(tokens[index].text)
    }

    /// Words before a party that make it the one given or sent something.
    static let recipientMarkers: Set<String> = [
        "to", "give", "gives", "giving", "provide", "provides", "providing", "deliver", "delivers", "delivering", "notify",
        "notifies", "notifying", "serve", "serves", "serving", "send", "sends", "sending",
    ]

    /// Whether `first` and the later `second`, of different roles, are joined by "and" or "or".
    private static func namedTogether(_ first: Mention, _ second: Mention, in tokens: [Token]) -> Bool {
        second.range.lowerBound - first.range.upperBound <= 2 && first.role != second.role
            && tokens[first.range.upperBound..<second.range.lowerBound].contains { ["and", "or"].contains($0.text) }
    }

    /// Whether `mention` is one of two named as alternatives, "either [the] Consultant or
    /// Company" or "either Northwind US or the Consultant": the other may be a name the roster
    /// does not know, and the right is still held by either.
    private static func offeredAsEither(_ mention: Mention, in tokens: [Token]) -> Bool {
        let before = tokens[..<mention.range.lowerBound].suffix(2).map(\.text)
        if before.last == "either" || before == ["either", "the"] {
            return tokens[mention.range.upperBound...].first?.text == "or"
        }
        // The second alternative: "or [the]" after "either" and a name of a few words.
        guard before.last == "or" || before == ["or", "the"] else { return false }
        let or = mention.range.lowerBound - (before.last == "or" ? 1 : 2)
        return tokens[max(0, or - 5)..<or].contains { $0.text == "either" }
    }

    /// How many tokens before a match its holder may be named.
    static let reach = 20

    /// The verbs that make the party right before them the holder of a right or duty.
    static let modals: Set<String> = ["may", "shall", "will", "can", "must"]

    /// Words that, right after a party's name, make it the subject of the clause.
    static let actingWords: Set<String> = [
        "shall", "will", "may", "must", "can", "cannot", "agrees", "agree", "is", "are", "has", "have", "retains", "retain",
        "owns", "own", "pays", "pay", "terminates", "terminate", "ends", "end", "cancels", "elects", "wishes", "provides",
        "provide", "should", "would", "does", "do", "keeps", "keep", "reserves", "acknowledges", "warrants",
    ]

    private static func acts(_ mention: Mention, in tokens: [Token]) -> Bool {
        tokens[mention.range.upperBound...].prefix(2).contains { actingWords.contains($0.text) }
    }

    /// Whether a modal verb follows `mention` at once ("the Company may…"): it holds the right.
    private static func isModalSubject(_ mention: Mention, in tokens: [Token]) -> Bool {
        tokens[mention.range.upperBound...].first.map { modals.contains($0.text) } ?? false
    }
}
