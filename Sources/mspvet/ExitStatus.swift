/// The process exit codes mspvet documents.
enum ExitStatus {
    static let success: Int32 = 0
    /// `criteria test` found examples that do not hold.
    static let examplesFailed: Int32 = 1
    static let usage: Int32 = 2
    static let invalidInput: Int32 = 3
}
