/// A problem found in an input, located precisely enough to be fixed without guessing.
///
/// Every error mspvet reports is one of these; `description` is the one-line
/// `file:line:col: error: message` form editors and CI logs understand.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, as a closed set so callers and tests can tell problems apart without parsing text.
    public enum Code: String, Sendable, Hashable, CaseIterable {
        // Criteria and client files.
        /// YAML that libyaml cannot parse.
        case malformedYAML
        /// An alias inside a mapping key: it would be expanded before it could be checked.
        case aliasKey
        /// A key the schema does not have (usually misspelt; the message suggests the nearest).
        case unknownKey
        case missingKey
        /// A value of the wrong YAML type: a list where a mapping belongs, text where a number does.
        case wrongType
        /// A value of the right type that is not allowed (an unknown choice, thresholds reversed).
        case invalidValue
        case duplicateID
        case invalidWeight
        case invalidPattern
        /// A check id named in a condition that no criteria file defines.
        case unknownReference
        case dependencyCycle
        /// No criteria file was found where criteria were looked for.
        case noCriteria
        /// A client platform the catalogue does not know.
        case unknownPlatform

        // Any input.
        /// An input past one of the documented `InputLimits` (size, pages, values, checks).
        case documentTooLarge
        /// An input that nests deeper than its limit (YAML or HTML).
        case nestingTooDeep
        /// Reading took longer than its limit (a PDF past `--pdf-seconds`).
        case timeLimitExceeded
        case fileNotFound
        /// A folder where a file was expected.
        case notAFile
        /// The file exists but the system would not read it (permissions, I/O).
        case unreadableFile
        case emptyFile
        case binaryFile
        case invalidEncoding

        // Documents.
        /// A file whose name claims one format while its bytes hold another.
        case formatMismatch
        /// A format mspvet does not read (a Word 97–2003 .doc, a ZIP that is not a Word document).
        case unsupportedFormat
        /// A password-protected document.
        case encryptedDocument
        /// A damaged or truncated document its format's reader cannot parse.
        case damagedDocument
        /// An archive past its entry or inflated-size limit (a zip bomb).
        case archiveLimit
        /// A document with pages but no text (a scan); a warning, and the bid is scored as silent.
        case noExtractableText

        // Ticket exports.
        /// A header no preset or column map explains, or one that fits several presets.
        case unknownColumns
        /// A timestamp in none of the forms tried.
        case invalidTimestamp
        /// A ticket that cannot be measured: resolved before it was created, or an id seen twice.
        case invalidTicket

        // Output.
        case unwritableOutput
    }

    /// An error stops the input from being used; a warning is reported and the input is used.
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    /// What went wrong, for callers and tests.
    public var code: Code
    /// Whether the input could still be used.
    public var severity: Severity
    /// Where: file, line and column.
    public var location: SourceLocation
    /// What went wrong and, where it helps, what to do, in one line.
    public var message: String

    /// A diagnostic at `location`.
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
