import Tensors

extension Classifier {
    /// The class probabilities (softmax of the logits), N×classes.
    public func probabilities(for images: Tensor) throws -> Tensor {
        try logits(for: images).softmax(alongAxis: 1)
    }

    /// The `k` most probable classes of each image, most probable first.
    public func topPredictions(_ k: Int, for images: Tensor) throws -> [[ClassProbability]] {
        Self.topPredictions(k, probabilities: try probabilities(for: images), labels: labels)
    }

    /// The `k` largest entries of each row of `probabilities` (N×classes),
    /// most probable first (ties: lower index first), named with `labels`.
    public static func topPredictions(_ k: Int, probabilities: Tensor, labels: [String]) -> [[ClassProbability]] {
        let classes = probabilities.shape.last ?? 0
        return (0..<(probabilities.shape.first ?? 0)).map { row in
            let values = probabilities.scalars[(row * classes)..<((row + 1) * classes)]
            let ranked = values.indices.sorted { values[$0] > values[$1] || (values[$0] == values[$1] && $0 < $1) }
            return ranked.prefix(Swift.max(k, 0)).map { index in
                ClassProbability(label: labels[index - row * classes], index: index - row * classes, probability: values[index])
            }
        }
    }

    /// The output index of `label`; the error lists the valid labels.
    public func index(ofLabel label: String) throws -> Int {
        guard let index = labels.firstIndex(of: label) else {
            throw ClassifierError.unknownLabel(label, valid: labels)
        }
        return index
    }

    /// The label of output `index`.
    public func label(at index: Int) throws -> String {
        guard labels.indices.contains(index) else {
            throw ClassifierError.indexOutOfRange(index, classCount: labels.count)
        }
        return labels[index]
    }
}
