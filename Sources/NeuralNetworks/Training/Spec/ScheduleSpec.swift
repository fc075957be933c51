import StrictCoding

/// The `schedule` object of a training spec, in epochs:
/// `{ "type": "constant" }`, `{ "type": "step", "everyEpochs": 3, "factor": 0.1 }`
/// or `{ "type": "cosine", "minimum": 0 }` (annealed over the whole run).
public enum ScheduleSpec: Decodable, Equatable, Sendable {
    /// The base rate throughout.
    case constant
    /// Multiply by `factor` every `everyEpochs` epochs.
    case step(everyEpochs: Int, factor: Float)
    /// Cosine annealing to `minimum` over all epochs.
    case cosine(minimum: Float)

    private enum Kind: String, CaseIterable { case constant, step, cosine }
    private enum TypeKey: String, CodingKey { case type }
    private enum ConstantKeys: String, CodingKey, CaseIterable { case type }
    private enum StepKeys: String, CodingKey, CaseIterable { case type, everyEpochs, factor }
    private enum CosineKeys: String, CodingKey, CaseIterable { case type, minimum }

    /// Decodes strictly.
    public init(from decoder: Decoder) throws {
        switch try SpecValue.choice(Kind.self, in: try decoder.container(keyedBy: TypeKey.self), forKey: .type) {
        case .constant:
            try decoder.rejectUnknownKeys(ConstantKeys.self)
            self = .constant
        case .step:
            try decoder.rejectUnknownKeys(StepKeys.self)
            let fields = try decoder.container(keyedBy: StepKeys.self)
            self = .step(
                everyEpochs: try SpecValue.positive(in: fields, forKey: .everyEpochs),
                factor: try fields.decode(Float.self, forKey: .factor))
        case .cosine:
            try decoder.rejectUnknownKeys(CosineKeys.self)
            let fields = try decoder.container(keyedBy: CosineKeys.self)
            self = .cosine(minimum: try fields.decodeIfPresent(Float.self, forKey: .minimum) ?? 0)
        }
    }

    /// The per-step schedule for a run of `epochs` epochs of `batchesPerEpoch` steps.
    public func schedule(epochs: Int, batchesPerEpoch: Int) -> LearningRateSchedule {
        switch self {
        case .constant: .constant
        case .step(let every, let factor): .step(every: every * batchesPerEpoch, factor: factor)
        case .cosine(let minimum): .cosine(totalSteps: max(epochs * batchesPerEpoch, 1), minimum: minimum)
        }
    }
}
