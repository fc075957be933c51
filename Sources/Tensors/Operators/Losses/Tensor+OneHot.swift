extension Tensor {
    /// A `[labels.count, classes]` tensor with `onValue` at each sample's label
    /// and `offValue` elsewhere: targets for soft cross-entropy, masks for
    /// margin objectives.
    public init(oneHot labels: [Int], classes: Int, onValue: Float = 1, offValue: Float = 0) {
        var values = [Float](repeating: offValue, count: labels.count * classes)
        for (sample, label) in labels.enumerated() {
            precondition(
                label >= 0 && label < classes, "Tensor(oneHot:): label \(label) of sample \(sample) is outside 0..<\(classes)")
            values[sample * classes + label] = onValue
        }
        self.init(shape: [labels.count, classes], scalars: values)
    }
}
