import Foundation

/// The platforms criteria know about, and the means to find them in a sentence.
public struct PlatformCatalogue: Sendable {
    /// Every platform, in file order.
    public private(set) var platforms: [Platform]
    /// One pattern per platform: its name and aliases as alternatives.
    private var patterns: [CompiledPattern]
    /// `{platform}` in a pattern: any name of any platform.
    private(set) var slot: PatternNode?

    /// Builds the catalogue; an alias that is not a valid pattern is reported at its location.
    init(platforms: [Platform], aliasNodes: [[PatternNode]]) {
        self.platforms = platforms
        patterns = zip(platforms, aliasNodes).map { platform, nodes in
            CompiledPattern(source: platform.name, node: .alternatives(nodes))
        }
        let all = aliasNodes.flatMap { $0 }
        slot = all.isEmpty ? nil : .alternatives(all)
    }

    /// The platform a name refers to: the whole name must be one of its names or aliases
    /// ("Chromebooks" is ChromeOS through `Chromebook*`).
    public func platform(named name: String) -> Platform? {
        let tokens = Tokenizer.tokenize(name)
        return zip(platforms, patterns).first { $0.1.matchesWhole(tokens) }?.0
    }

    /// Every name a user may write, as written in the catalogue but without pattern marks.
    public var writtenNames: [String] {
        platforms.flatMap { [$0.name] + $0.aliases }.map { $0.trimmingCharacters(in: ["=", "*"]) }
    }

    /// Every platform named in `tokens`, in order, with where.
    func mentions(in tokens: [Token]) -> [(platform: Platform, range: Range<Int>)] {
        var found: [(Platform, Range<Int>)] = []
        for (platform, pattern) in zip(platforms, patterns) {
            for range in pattern.matches(in: tokens) { found.append((platform, range)) }
        }
        return found.sorted { $0.1.lowerBound < $1.1.lowerBound }
    }
}
