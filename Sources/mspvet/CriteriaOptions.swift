import ArgumentParser
import MSPVet

/// The options every scoring command shares: which criteria, and which client.
struct CriteriaOptions: ParsableArguments {
    @Option(name: .customLong("criteria"), help: ArgumentHelp(
        "A criteria file or folder; repeat to combine. Replaces the default criteria.",
        discussion: "Default: $MSPVET_CRITERIA, else the Criteria folder shipped with mspvet.",
        valueName: "path"))
    var criteriaPaths: [String] = []

    @Option(name: .customLong("client"), help: ArgumentHelp(
        "A client profile (YAML: name, locale, stack, thresholds) so moves off the client's platforms are caught and its own thresholds apply.",
        valueName: "file"))
    var clientPath: String?

    @OptionGroup var limitOptions: LimitOptions

    var limits: InputLimits { limitOptions.limits }

    func loadCriteria() throws -> CriteriaSet {
        try CriteriaLoader(limits: limits).load(paths: try resolvedCriteriaPaths())
    }

    func resolvedCriteriaPaths() throws -> [String] {
        if !criteriaPaths.isEmpty { return criteriaPaths }
        guard let found = CriteriaLocator.defaultCriteria() else {
            throw ValidationError("cannot find the default criteria; pass --criteria PATH or set MSPVET_CRITERIA")
        }
        return [found]
    }

    /// The criteria with the client profile's thresholds applied, and the profile; its warnings
    /// are printed to standard error.
    func load() throws -> (criteria: CriteriaSet, client: ClientProfile?) {
        let set = try loadCriteria()
        guard let clientPath else { return (set, nil) }
        let (profile, warnings) = try ClientProfileLoader(catalogue: set.catalogue, limits: limits).load(path: clientPath)
        for warning in warnings { Console.error(warning.description) }
        return (try set.applying(profile.thresholds), profile)
    }
}
