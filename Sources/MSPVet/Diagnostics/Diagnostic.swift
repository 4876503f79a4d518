/// A problem found in an input, located precisely enough to be fixed without guessing.
///
/// Every error mspvet reports is one of these; `description` is the one-line
/// `file:line:col: error: message` form editors and CI logs understand.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, as a closed set so callers and tests can tell problems apart without parsing text.
    public enum Code: String, Sendable, Hashable, CaseIterable {
        case malformedYAML
        /// YAML that is well formed but uses what mspvet refuses (an alias inside a mapping key).
        case unsupportedYAML
        /// An input past one of the documented `InputLimits`.
        case documentTooLarge
        case unknownKey
        case missingKey
        case wrongType
        case invalidValue
        case duplicateID
        case invalidWeight
        case invalidPattern
        case unknownReference
        case dependencyCycle
        case fileNotFound
        case unreadableFile
        case emptyFile
        case binaryFile
        case invalidEncoding
        case noCriteria
        case unknownPlatform
        case unwritableOutput
    }

    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var code: Code
    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ code: Code, at location: SourceLocation, _ message: String, severity: Severity = .error) {
        self.code = code
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// Always one line: controls in a path or a quoted input are shown as escapes, so an input
    /// cannot forge a second diagnostic or drive the terminal.
    public var description: String { ControlCharacters.escaped("\(location): \(severity.rawValue): \(message)") }
}
