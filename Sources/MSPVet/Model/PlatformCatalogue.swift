/// The platforms criteria know about, and the means to find them in a sentence.
public struct PlatformCatalogue: Sendable {
    public private(set) var platforms: [Platform]
    /// One pattern per platform: its name and aliases as alternatives.
    private var patterns: [CompiledPattern]
    /// `{platform}` in a pattern: any name of any platform.
    public private(set) var slot: PatternNode?

    public static let empty = PlatformCatalogue()

    init() {
        platforms = []
        patterns = []
        slot = nil
    }

    /// Builds the catalogue; an alias that is not a valid pattern is reported at its location.
    init(platforms: [Platform], aliasNodes: [[PatternNode]]) {
        self.platforms = platforms
        patterns = zip(platforms, aliasNodes).map { platform, nodes in
            CompiledPattern(source: platform.name, node: .alternatives(nodes))
        }
        let all = aliasNodes.flatMap { $0 }
        slot = all.isEmpty ? nil : .alternatives(all)
    }

    /// The platform a name refers to, by its name or any alias, ignoring case.
    public func platform(named name: String) -> Platform? {
        let key = Tokenizer.tokenize(name).map(\.text)
        return platforms.first { platform in
            ([platform.name] + platform.aliases).contains { alias in
                Tokenizer.tokenize(alias.hasPrefix("=") ? String(alias.dropFirst()) : alias).map(\.text) == key
            }
        }
    }

    /// Every platform named in `tokens`, in order, with where.
    public func mentions(in tokens: [Token]) -> [(platform: Platform, range: Range<Int>)] {
        var found: [(Platform, Range<Int>)] = []
        for (platform, pattern) in zip(platforms, patterns) {
            for range in pattern.matches(in: tokens) { found.append((platform, range)) }
        }
        return found.sorted { $0.1.lowerBound < $1.1.lowerBound }
    }
}
