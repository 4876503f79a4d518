/// A place in an input file: a criteria file, a client profile or a proposal.
///
/// Lines and columns are 1-based, as editors count them, so `file:line:col` jumps straight there.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file, as the user named it.
    public var file: String
    /// The line, from 1.
    public var line: Int
    /// The column in characters, from 1.
    public var column: Int

    /// A location; line and column default to the start of the file.
    public init(file: String, line: Int = 1, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The start of a file, for problems that belong to the file as a whole (missing, empty, binary).
    public static func start(of file: String) -> SourceLocation {
        SourceLocation(file: file)
    }

    /// The same file and line, `offset` columns further right.
    public func advanced(byColumns offset: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column + offset)
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
