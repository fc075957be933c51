import NeuralNetworks

/// One image's result in `perturb classify --json`.
struct ClassificationRecord: Encodable {
    /// The image file as given on the command line.
    var file: String
    /// The model's raw outputs.
    var logits: [Float]
    /// The softmax of the logits.
    var probabilities: [Float]
    /// The most probable classes, most probable first.
    var top: [ClassProbability]
}
