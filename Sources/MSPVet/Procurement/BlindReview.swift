import Foundation

/// Bids under codes for a blind review: each bid's name and file become "Bid A", "Bid B", …, and
/// the bid's own company names are redacted inside every quote, so evaluators score what a bid
/// offers, not who offers it. The key (code → bid) goes to a separate file.
///
/// A bid's company names come from its file name, its title (the capitalised words it starts
/// with, up to a ":", "—" or "|") and the names its contract defines for the provider (`BlueWave Networks LLC
/// ("Provider")`), each also by its first word alone ("BlueWave's engineers", "bluewave.com").
/// Words that name the client, a role or a platform are never taken for a company name.
public struct BlindReview: Sendable {
    /// One bid and its code.
    public struct Entry: Sendable, Hashable {
        /// "Bid A".
        public var code: String
        /// The bid's own name.
        public var bid: String
        /// Its file.
        public var file: String
        /// The company names redacted in its quotes, longest first.
        public var names: [String]
    }

    /// The bids, in code order.
    public let entries: [Entry]
    private let pattern: NSRegularExpression?
    private let replacements: [String: String]

    /// Codes for `documents`, assigned in an order that depends on neither the ranking nor the
    /// names' alphabetical order, and the same every run.
    public init(documents: [ProposalDocument], clientName: String? = nil) {
        self.init(bids: documents.map { Self.bid($0, clientName: clientName) })
    }

    /// A bid's name, file and company names, found while its document is at hand: a run that
    /// drops each document once scored keeps only this.
    public static func bid(_ document: ProposalDocument, clientName: String?) -> (name: String, file: String, names: [String]) {
        (document.name, document.path, companyNames(of: document, client: Set(clientName.map(Self.words) ?? [])))
    }

    /// Codes for bids whose company names are already found.
    public init(bids: [(name: String, file: String, names: [String])]) {
        let shuffled = bids.sorted { (Self.stableHash($0.name), $0.file) < (Self.stableHash($1.name), $1.file) }
        entries = shuffled.enumerated().map { index, bid in
            Entry(code: "Bid \(Self.letters(index))", bid: bid.name, file: bid.file, names: bid.names)
        }
        // Every variant of every bid in one alternation, longest first, so "Northstar Advisory"
        // becomes one code rather than a code and "Advisory".
        var replacements: [String: String] = [:]
        var alternatives: [(words: [String], code: String)] = []
        for entry in entries {
            for name in entry.names {
                alternatives.append((Self.words(name), entry.code))
            }
        }
        alternatives.sort { ($0.words.joined().count, $0.words.joined()) > ($1.words.joined().count, $1.words.joined()) }
        var parts: [String] = []
        for (words, code) in alternatives where !words.isEmpty {
            let key = words.joined()
            guard replacements[key] == nil else { continue }
            replacements[key] = code
            // Between words: spaces, hyphens, underscores, an ampersand (escaped or not), or nothing.
            parts.append(words.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "(?:[\\s\\-_.]|&amp;|&)*"))
        }
        self.replacements = replacements
        pattern = parts.isEmpty ? nil : try? NSRegularExpression(pattern: "(?<![\\p{L}\\p{N}])(?:\(parts.joined(separator: "|")))",
                                                                options: [.caseInsensitive])
    }

    /// The code for `bid`, or nil for a name that is not one of the bids.
    public func code(for bid: String) -> String? {
        entries.first { $0.bid == bid }?.code
    }

    /// `text` with every bid's company names and file names replaced by its code.
    public func redact(_ text: String) -> String {
        var text = text
        for entry in entries {
            text = text.replacingOccurrences(of: entry.file, with: entry.code)
        }
        guard let pattern else { return text }
        let whole = NSRange(text.startIndex..., in: text)
        var result = ""
        var last = text.startIndex
        for match in pattern.matches(in: text, range: whole) {
            guard let range = Range(match.range, in: text) else { continue }
            let key = Self.words(text[range].replacingOccurrences(of: "&amp;", with: " ")).joined()
            result += text[last..<range.lowerBound]
            result += replacements[key] ?? "[redacted]"
            last = range.upperBound
        }
        result += text[last...]
        return result
    }

    /// A rendered report with every bid's names redacted; bytes that are not UTF-8 pass unchanged.
    public func redact(_ data: Data) -> Data {
        // A byte-order mark is kept as written, whatever the decoder does with it.
        let mark = Data([0xEF, 0xBB, 0xBF])
        let body = data.starts(with: mark) ? data.dropFirst(3) : data[...]
        guard let text = String(data: body, encoding: .utf8) else { return data }
        return (data.starts(with: mark) ? mark : Data()) + Data(redact(text).utf8)
    }

    /// The key, as CSV: code, bid, file and the names redacted.
    public var key: String {
        var lines = ["code,bid,file,names redacted"]
        for entry in entries {
            lines.append([entry.code, entry.bid, entry.file, entry.names.joined(separator: "; ")].map(Self.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    // MARK: - Finding the names

    /// Words that name a role, a kind of firm or a platform: never a company's name alone.
    static let generic: Set<String> = [
        "the", "a", "an", "and", "of", "for", "to", "by", "our", "your", "managed", "it", "services", "service", "proposal",
        "response", "rfp", "request", "master", "agreement", "statement", "work", "executive", "summary", "digital",
        "technology", "technologies", "tech", "solutions", "solution", "network", "networks", "group", "advisory",
        "consulting", "partners", "partner", "systems", "support", "security", "cloud", "data", "it", "msp", "provider",
        "client", "customer", "inc", "llc", "ltd", "corp", "company", "co", "microsoft", "google", "amazon", "apple",
        "cisco", "dell", "hp", "lenovo", "office", "workspace", "azure", "aws", "quote", "pricing", "bid", "offer",
    ]

    static func companyNames(of document: ProposalDocument, client: Set<String>) -> [String] {
        var candidates: [[String]] = [words(document.name)]
        if let title = title(of: document) {
            // The run of capitalised words the title starts with: "BlueWave Networks" of
            // "BlueWave Networks — Managed IT Proposal"; "&" may join them.
            var run: [String] = []
            for word in title.split(separator: " ") {
                guard let first = word.first, first.isUppercase || first.isNumber || word == "&" else { break }
                run.append(String(word))
                if word.last.map({ ":—–|(,".contains($0) }) ?? false { break }
            }
            let titled = Array(words(run.joined(separator: " ")).prefix(6))
            // A heading that is not the bidder's name ("Plain terms") is not taken: the title must
            // agree with the file name, or its first word recur through the document as a name does.
            if let first = run.first, let word = titled.first,
               word == candidates[0].first || document.sentences.lazy.filter({ $0.text.contains(first) }).prefix(3).count == 3 {
                candidates.append(titled)
            }
        }
        let roster = PartyRoster(document)
        candidates += roster.definitions.filter { $0.value == .msp }.map { words($0.key) }
        var names: [String] = []
        for candidate in candidates {
            // A name must start with a word of its own; it is also matched without its legal form.
            var words = candidate
            while let last = words.last, PartyRoster.companySuffixes.contains(last), words.count > 1 { words.removeLast() }
            guard let first = words.first, !generic.contains(first), !client.contains(first), first.count >= 3 else { continue }
            for name in [candidate.joined(separator: " "), words.joined(separator: " "), first] where !names.contains(name) {
                names.append(name)
            }
        }
        return names.sorted { ($0.count, $0) > ($1.count, $1) }
    }

    /// The document's title: the heading its first sentence sits under, or the first sentence
    /// itself when it is a short line without a full stop (a title the reader took as text).
    static func title(of document: ProposalDocument) -> String? {
        guard let first = document.sentences.first else { return nil }
        if let section = first.section { return section }
        return first.text.split(separator: " ").count <= 8 && !first.text.hasSuffix(".") ? first.text : nil
    }

    /// Lower-cased words of letters and digits: "BlueWave Networks, LLC" → ["bluewave", "networks", "llc"].
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// FNV-1a: stable across runs and machines, unlike Swift's seeded `hashValue`.
    static func stableHash(_ text: String) -> UInt64 {
        text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    /// A, B, …, Z, AA, AB, …
    static func letters(_ index: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return index < 26 ? String(alphabet[index]) : letters(index / 26 - 1) + String(alphabet[index % 26])
    }

    private static func csvField(_ field: String) -> String {
        field.contains(where: { ",\"\r\n".contains($0) }) ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }
}
