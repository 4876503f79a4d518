/// Reads a client profile:
///
/// ```yaml
/// version: 1
/// name: Harbor & Pine Dental Group
/// stack:
///   productivity: Google Workspace
///   endpoints: [Chromebook, macOS]
/// thresholds:
///   lock-in.notice-period: {pass-at-most: 30, fail-above: 45}
///   risk.liability-cap: {pass-at-least: 12}
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
        let mapping = try document.root.mapping("a client profile", allowedKeys: ["version", "name", "locale", "stack", "thresholds", "calendar", "sla-targets"])
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
        let thresholds = try mapping["thresholds"].map(Self.thresholds) ?? []
        var dateOrder: DateOrder?
        if let locale = mapping["locale"] {
            let written = try locale.nonEmptyString("locale")
            guard let order = DateOrder(locale: written) else {
                throw Diagnostic(.invalidValue, at: locale.textLocation,
                                 "locale '\(written)' names no region; write one such as en-US (01/03/2025 is 3 January) or en-GB (1 March)")
            }
            dateOrder = order
        }
        var profile = ClientProfile(name: name, stack: stack, thresholds: thresholds, dateOrder: dateOrder, location: mapping.location)
        profile.calendar = try mapping["calendar"].map(ServiceCalendarLoader.calendar)
        profile.slaTargets = try mapping["sla-targets"].map {
            try ServiceCalendarLoader.targets($0, defaultClock: profile.calendar == nil ? .calendar : .business)
        } ?? []
        return (profile, warnings)
    }

    /// `check: {pass-at-most: 30}` entries; which checks exist is known only with the criteria,
    /// so ``CriteriaSet/applying(_:)`` checks the ids and directions.
    private static func thresholds(_ value: YAMLValue) throws -> [ThresholdOverride] {
        let checks = try value.mapping("thresholds", allowedKeys: value.areaKeys)
        return try checks.entries.map { check, settings in
            let keys = ThresholdOverride.Key.allCases
            let entries = try settings.mapping("thresholds.\(check)", allowedKeys: keys.map(\.rawValue))
            var values: [ThresholdOverride.Key: Double] = [:]
            for (key, number) in entries.entries {
                guard let known = ThresholdOverride.Key(rawValue: key) else { continue }
                values[known] = try number.nonNegativeNumber("thresholds.\(check).\(key)")
            }
            guard !values.isEmpty else {
                throw Diagnostic(.missingKey, at: settings.location, "thresholds.\(check) sets no threshold; use \(keys.map(\.rawValue).joined(separator: ", "))")
            }
            return ThresholdOverride(check: check, values: values, location: settings.location)
        }
    }
}
