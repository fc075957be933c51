/// The version printed by `perturb --version` and written into provenance.
public enum PerturbVersion {
    /// The version string.
    public static let string = "0.1.0"
}
