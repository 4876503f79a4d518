/// Whether a check looks for something bad for the client (a red flag) or something good (a strength).
public enum Polarity: String, Sendable, Hashable, CaseIterable, Codable {
    case redFlag = "red-flag"
    case strength
}
