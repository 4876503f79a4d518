import Foundation
import MSPVet

/// Where the CLI writes: results to standard output, diagnostics to standard error.
enum Console {
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func output(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
    static var style: TextStyle {
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return TextStyle(colour: isatty(STDOUT_FILENO) == 1 && !noColor)
    }
}
