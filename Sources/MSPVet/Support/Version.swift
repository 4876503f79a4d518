/// The version of mspvet, printed by `--version` and written into machine-readable reports.
public enum MSPVetVersion {
    public static let current = "0.1.0"
}
