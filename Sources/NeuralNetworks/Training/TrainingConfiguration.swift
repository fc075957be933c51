/// How a model is trained: optimizer, schedule, epochs, batch size,
/// augmentation and the seed every random choice derives from.
public struct TrainingConfiguration: Equatable, Sendable {
    /// The optimizer and its settings.
    public var optimizer: OptimizerSettings
    /// The learning rate as a function of the step (counted over the whole run).
    public var schedule: LearningRateSchedule
    /// Passes over the training set.
    public var epochs: Int
    /// Images per step.
    public var batchSize: Int
    /// Label smoothing ε of the cross-entropy loss.
    public var labelSmoothing: Float
    /// Augmentation of training batches.
    public var augmentation: Augmentation
    /// The seed of shuffling, augmentation and dropout.
    public var seed: UInt64
    /// Steps between checkpoints (a checkpoint is also written after every epoch).
    public var checkpointInterval: Int

    /// Creates a configuration.
    public init(
        optimizer: OptimizerSettings, schedule: LearningRateSchedule = .constant, epochs: Int, batchSize: Int,
        labelSmoothing: Float = 0, augmentation: Augmentation = .none, seed: UInt64, checkpointInterval: Int = 200
    ) {
        self.optimizer = optimizer
        self.schedule = schedule
        self.epochs = epochs
        self.batchSize = batchSize
        self.labelSmoothing = labelSmoothing
        self.augmentation = augmentation
        self.seed = seed
        self.checkpointInterval = checkpointInterval
    }
}
