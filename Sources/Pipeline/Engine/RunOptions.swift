/// How `perturb run` runs a pipeline.
public struct RunOptions: Sendable {
    /// Continue an interrupted run: finished stages and images are read back, not redone.
    public var resume: Bool
    /// No progress bars or stage lines on stderr.
    public var quiet: Bool
    /// The output folder, overriding the spec's.
    public var outputDirectory: String?

    /// Options for a fresh, chatty run.
    public init(resume: Bool = false, quiet: Bool = false, outputDirectory: String? = nil) {
        self.resume = resume
        self.quiet = quiet
        self.outputDirectory = outputDirectory
    }
}
