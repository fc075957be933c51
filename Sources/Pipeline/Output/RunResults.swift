import Attacks

/// Everything a run measured, written as `results.json`: the spec itself,
/// the models, every image set, and per stage the per-image records and the
/// aggregates. Holds no times or dates, so equal runs give equal bytes.
public struct RunResults: Encodable {
    /// The Perturb version that ran.
    public var perturb = PerturbVersion.string
    /// The spec: its name, file, SHA-256, seed and the document itself.
    public var spec: SpecRecord
    /// The models used.
    public var models: [ModelRecord] = []
    /// The image sets made, in order.
    public var sets: [SetRecord] = []
    /// Attack stages.
    public var attacks: [AttackStageRecord] = []
    /// Patch stages.
    public var patches: [PatchStageRecord] = []
    /// Sticker stages.
    public var stickers: [StickerStageRecord] = []
    /// Evaluate stages.
    public var evaluations: [EvaluationRecord] = []
    /// Trainings.
    public var trainings: [TrainingRecord] = []

    /// The spec as run.
    public struct SpecRecord: Encodable, Sendable {
        /// The spec's name.
        public var name: String
        /// The file it was read from.
        public var file: String
        /// The SHA-256 of the file's bytes.
        public var sha256: String
        /// The seed.
        public var seed: UInt64
        /// The document.
        public var document: JSONValue
    }

    /// A model used.
    public struct ModelRecord: Encodable, Sendable {
        /// The spec's name for it.
        public var name: String
        /// Its file.
        public var file: String
        /// The file's SHA-256.
        public var sha256: String
        /// Its classes.
        public var labels: [String]
    }

    /// An image set.
    public struct SetRecord: Encodable, Sendable {
        /// The set's name.
        public var name: String
        /// The stage that made it.
        public var stage: String
        /// The set it was made from, if any.
        public var source: String?
        /// Its images: name, true label, saved file.
        public var images: [ImageRecord]
    }

    /// One image of a set.
    public struct ImageRecord: Encodable, Sendable {
        /// The image's name.
        public var name: String
        /// Its true class, when known.
        public var label: String?
        /// Where `save` wrote it, relative to the output folder.
        public var file: String?
    }

    /// An attack stage.
    public struct AttackStageRecord: Encodable, Sendable {
        /// `stages[1].attack`.
        public var stage: String
        /// The set attacked and the set made.
        public var input: String, output: String
        /// The model attacked.
        public var model: String
        /// The method and the target as given.
        public var method: String, target: String
        /// The parameters as given (unset ones are the method's defaults).
        public var parameters: AttackParameters
        /// EOT settings, if any.
        public var eot: EOTSettings?
        /// One record per image.
        public var images: [AttackedImage]
    }

    /// A patch stage.
    public struct PatchStageRecord: Codable, Sendable {
        /// `stages[1].patch`.
        public var stage: String
        /// The set the patch was trained on and the patched set.
        public var input: String, output: String
        /// The held-out set the patch was pasted on, when not `input`.
        public var pasteOn: String?
        /// The model attacked.
        public var model: String
        /// The target as given.
        public var target: String
        /// The settings, defaults filled in.
        public var settings: PatchSettings
        /// Optimisation steps taken.
        public var steps: Int
        /// The success rate of the last training batch.
        public var finalTrainingSuccessRate: Float
        /// Per image: labels, success and the placement.
        public var images: [PatchOutcome]
        /// The printable patch, relative to the output folder.
        public var patchFile: String
    }

    /// A sticker stage.
    public struct StickerStageRecord: Codable, Sendable {
        /// `stages[1].sticker`.
        public var stage: String
        /// The set the sticker was optimised on and the stickered set.
        public var input: String, output: String
        /// The model attacked.
        public var model: String
        /// The target as given.
        public var target: String
        /// The settings, defaults filled in.
        public var settings: StickerSettings
        /// Optimisation steps taken.
        public var steps: Int
        /// Whether each stickered image meets the goal (digitally, before 8-bit rounding).
        public var success: [Bool]
    }

    /// A training stage.
    public struct TrainingRecord: Codable, Sendable {
        /// `stages[0].train`.
        public var stage: String
        /// The training spec's file and the model written.
        public var spec: String, output: String
        /// The architecture trained.
        public var architecture: String
        /// Trainable values in the model.
        public var parameterCount: Int
        /// Accuracy on the test split.
        public var testAccuracy: Float
    }
}
