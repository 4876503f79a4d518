/// ANSI styling for terminal output, or none: reporters take one so they stay pure functions
/// and the CLI alone decides (colour on a TTY, never with NO_COLOR).
public struct TextStyle: Sendable {
    /// Whether ANSI colour codes are written.
    public var colour: Bool

    /// No colour: files, pipes, NO_COLOR.
    public static let plain = TextStyle(colour: false)

    /// Colour on or off.
    public init(colour: Bool) {
        self.colour = colour
    }

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func good(_ text: String) -> String { wrap(text, "32") }
    func bad(_ text: String) -> String { wrap(text, "31") }
    func warn(_ text: String) -> String { wrap(text, "33") }

    private func wrap(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
