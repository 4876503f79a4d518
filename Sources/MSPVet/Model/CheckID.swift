/// A check's public name, `category.check` (`lock-in.auto-renewal`): stable across releases.
public struct CheckID: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// The category id: the part before the dot.
    public var category: String
    /// The check's id within its category.
    public var check: String

    /// The id of check `check` in category `category`.
    public init(category: String, check: String) {
        self.category = category
        self.check = check
    }

    /// Parses `category.check`, or a bare `check` inside `defaultCategory`.
    public init?(_ text: String, defaultCategory: String? = nil) {
        let parts = text.split(separator: ".", maxSplits: 1).map(String.init)
        if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty {
            self.init(category: parts[0], check: parts[1])
        } else if parts.count == 1, let defaultCategory {
            self.init(category: defaultCategory, check: parts[0])
        } else {
            return nil
        }
    }

    public var description: String { "\(category).\(check)" }

    public static func < (lhs: CheckID, rhs: CheckID) -> Bool { lhs.description < rhs.description }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = CheckID(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "expected category.check"))
        }
        self = id
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
