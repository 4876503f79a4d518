import Foundation

/// Writes a scored ranking in one output format. Every output — the terminal table, JSON, the
/// Markdown summary, the client report in HTML, Markdown or CSV — is one of these, listed once in
/// `Renderers.all`; the CLI only picks one by name.
public protocol Renderer: Sendable {
    var format: OutputFormat { get }
    /// - Parameters:
    ///   - report: The ranking with its criteria, client and (for reports) input digests.
    ///   - options: Terminal styling and spreadsheet settings; each format reads the ones it has.
    /// - Returns: The bytes to print or write.
    /// - Throws: When encoding fails (JSON, CSV).
    func render(_ report: ClientReport, options: RenderOptions) throws -> Data
    /// The same bytes handed to `write` in pieces as they are made, so a caller that prints them
    /// as they come never holds a large output whole. Formats that are made whole hand it over once.
    ///
    /// - Throws: What `render(_:options:)` or `write` throws.
    func render(_ report: ClientReport, options: RenderOptions, into write: (Data) throws -> Void) throws
}

extension Renderer {
    /// The whole output in one piece.
    public func render(_ report: ClientReport, options: RenderOptions, into write: (Data) throws -> Void) throws {
        try write(render(report, options: options))
    }
}

/// A format's name and which command writes it.
public struct OutputFormat: Sendable, Hashable {
    /// Which command offers the format: `score` prints a ranking, `report` writes the client report.
    public enum Family: String, Sendable, Hashable {
        case score
        case report
    }

    /// The name after `--format`.
    public let name: String
    /// Which command writes it.
    public let family: Family
    /// One line for `--help`.
    public let summary: String

    /// A format named `name` in `family`.
    public init(name: String, family: Family, summary: String) {
        self.name = name
        self.family = family
        self.summary = summary
    }
}

/// Settings only some formats read.
public struct RenderOptions: Sendable {
    /// Colour for the terminal table.
    public var style: TextStyle
    /// Start a CSV with a UTF-8 byte-order mark, for Excel.
    public var byteOrderMark: Bool
    /// Neutralise CSV cells a spreadsheet would run as formulas.
    public var formulaGuard: Bool

    /// Options; each format reads the ones it has.
    public init(style: TextStyle = .plain, byteOrderMark: Bool = false, formulaGuard: Bool = true) {
        self.style = style
        self.byteOrderMark = byteOrderMark
        self.formulaGuard = formulaGuard
    }
}
