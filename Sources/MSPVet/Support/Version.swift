/// The version of mspvet, printed by `--version` and written into machine-readable reports.
public enum MSPVetVersion {
    /// This build's version, as `--version` prints it and reports record it.
    public static let current = "0.1.0"
}
