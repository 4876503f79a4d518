import ArgumentParser
import MSPVet

/// Help and validation for `--format`, from the library's list of renderers.
enum OutputFormatHelp {
    static func names(_ family: OutputFormat.Family) -> [String] {
        Renderers.formats(family).map(\.name)
    }

    static func help(_ family: OutputFormat.Family) -> ArgumentHelp {
        let lines = Renderers.formats(family).map { "\($0.name): \($0.summary)" }
        return ArgumentHelp("Output format: \(names(family).joined(separator: ", ")).",
                            discussion: lines.joined(separator: "\n"), valueName: "format")
    }

    static func renderer(_ name: String, _ family: OutputFormat.Family) throws -> any Renderer {
        guard let renderer = Renderers.renderer(named: name, family: family) else {
            throw ValidationError("unknown format '\(name)'; choose \(names(family).joined(separator: ", "))")
        }
        return renderer
    }
}
