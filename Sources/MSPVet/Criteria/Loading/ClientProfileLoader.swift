/// Reads a client profile:
///
/// ```yaml
/// version: 1
/// name: Harbor & Pine Dental Group
/// stack:
///   productivity: Google Workspace
///   endpoints: [Chromebook, macOS]
/// ```
///
/// Platform names resolve through the catalogue ("G Suite" → Google Workspace). A name the
/// catalogue does not know is kept as written and reported as a warning, since a client may well
/// run something the criteria have never heard of.
public struct ClientProfileLoader {
    /// The platforms a profile may name.
    public var catalogue: PlatformCatalogue
    /// The sizes the loader accepts.
    public var limits: InputLimits

    /// A loader resolving platform names through `catalogue`.
    public init(catalogue: PlatformCatalogue, limits: InputLimits = .standard) {
        self.catalogue = catalogue
        self.limits = limits
    }

    /// Loads a profile file.
    ///
    /// - Returns: The profile and warnings (such as a platform the catalogue does not know).
    /// - Throws: A located ``Diagnostic``.
    public func load(path: String) throws -> (profile: ClientProfile, warnings: [Diagnostic]) {
        try load(try YAMLDocument.load(path: path, limits: limits))
    }

    /// Loads a profile from text already read, named by the path its diagnostics will cite.
    ///
    /// - Parameters:
    ///   - text: The profile's YAML.
    ///   - path: How diagnostics name it.
    /// - Throws: A located ``Diagnostic``.
    public func load(text: String, path: String) throws -> (profile: ClientProfile, warnings: [Diagnostic]) {
        try load(try YAMLDocument.parse(text, path: path))
    }

    private func load(_ document: YAMLDocument) throws -> (profile: ClientProfile, warnings: [Diagnostic]) {
        let mapping = try document.root.mapping("a client profile", allowedKeys: ["version", "name", "stack"])
        if let version = mapping["version"], try version.number("version") != 1 {
            throw Diagnostic(.invalidValue, at: version.location, "unsupported client profile version; this mspvet reads version 1")
        }
        let name = try mapping.required("name").nonEmptyString("name")
        var stack: [String: [String]] = [:]
        var warnings: [Diagnostic] = []
        if let stackValue = mapping["stack"] {
            let areas = try stackValue.mapping("stack", allowedKeys: stackValue.areaKeys)
            for (area, platforms) in areas.entries {
                for (written, value) in try platforms.stringList("stack.\(area)") {
                    guard let platform = catalogue.platform(named: written) else {
                        warnings.append(Diagnostic(.unknownPlatform, at: value.textLocation,
                                                   "platform '\(written)' is not in the catalogue; moves away from it cannot be recognised\(Suggestion.hint(for: written, among: catalogue.writtenNames))",
                                                   severity: .warning))
                        stack[area, default: []].append(written)
                        continue
                    }
                    if platform.area != area {
                        warnings.append(Diagnostic(.unknownPlatform, at: value.textLocation,
                                                   "'\(written)' is a \(platform.area) platform in the catalogue, listed here under '\(area)'",
                                                   severity: .warning))
                    }
                    stack[platform.area, default: []].append(platform.name)
                }
            }
        }
        return (ClientProfile(name: name, stack: stack, location: mapping.location), warnings)
    }
}
