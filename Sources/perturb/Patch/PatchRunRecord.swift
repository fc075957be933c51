import Attacks

/// DIR/results.json of `perturb patch`: the settings, how training went and
/// the measurement on every model.
struct PatchRunRecord: Encodable {
    let settings: PatchSettings
    let seed: UInt64
    let model: String
    let trainingImages: Int
    let stepsRun: Int
    let stoppedEarly: Bool
    let trainingSeconds: Double
    /// The batch target rates of the last steps (up to 20).
    let finalBatchRates: [Float]
    /// The patch's height and width in model pixels.
    let patchSize: [Int]
    /// What the transformed rates measure.
    let evaluation: String
    let models: [PatchModelReport]
}
