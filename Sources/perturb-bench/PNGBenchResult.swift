/// One row of the png suite.
struct PNGBenchResult: Encodable {
    let operation: String
    /// Median seconds per call.
    let perturbSeconds: Double
    let libpngSeconds: Double
    let perturbMegabytesPerSecond: Double
    let libpngMegabytesPerSecond: Double

    init(operation: String, perturb: Double, libpng: Double, rawMegabytes: Double) {
        self.operation = operation
        perturbSeconds = perturb
        libpngSeconds = libpng
        perturbMegabytesPerSecond = rawMegabytes / perturb
        libpngMegabytesPerSecond = rawMegabytes / libpng
    }
}
