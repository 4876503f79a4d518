/// The parsed form of an evidence pattern, before compilation.
indirect enum PatternNode: Sendable, Hashable {
    case word(WordTest)
    case sequence([PatternNode])
    case alternatives([PatternNode])
    case optional(PatternNode)
    /// Up to `n` tokens of anything: `~3`.
    case gap(Int)

    /// True when the node can match without consuming a token.
    var canBeEmpty: Bool {
        switch self {
        case .word: false
        case .sequence(let parts): parts.allSatisfy(\.canBeEmpty)
        case .alternatives(let choices): choices.contains { $0.canBeEmpty }
        case .optional, .gap: true
        }
    }
}
