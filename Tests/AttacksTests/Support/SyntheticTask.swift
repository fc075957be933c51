import Attacks
import NeuralNetworks
import Tensors

/// A small separable task on 1×4×4 gray images, three classes (bright top
/// half, bright left half, bright main diagonal band), and a perceptron
/// trained on it with Adam. Built once and shared (read-only) by the tests.
enum SyntheticTask {
    static let classes = 3
    static let imageShape = [1, 4, 4]

    /// The trained model.
    static let model: TinyMLP = train()

    /// Twelve fresh test images the model classifies correctly, and their labels.
    static let batch: (images: Tensor, labels: [Int]) = {
        var generator = RandomGenerator(seed: 99)
        let (images, labels) = samples(count: 24, using: &generator)
        let predicted = model(images).argmax(alongAxis: 1)
        let correct = labels.indices.filter { predicted[$0] == labels[$0] }.prefix(12)
        precondition(correct.count == 12, "the synthetic model should classify its own task")
        return (images.gathering(atIndices: Array(correct)), correct.map { labels[$0] })
    }()

    static var victim: Victim { Victim(model: model) }

    /// `count` images with labels cycling through the classes.
    static func samples(count: Int, using generator: inout RandomGenerator) -> (Tensor, [Int]) {
        var values: [Float] = []
        var labels: [Int] = []
        for index in 0..<count {
            let label = index % classes
            for row in 0..<4 {
                for column in 0..<4 {
                    let bright: Bool
                    switch label {
                    case 0: bright = row < 2
                    case 1: bright = column < 2
                    default: bright = Swift.abs(row - column) <= 0
                    }
                    let base: Float = bright ? 0.7 : 0.3
                    values.append(Swift.min(1, Swift.max(0, base + generator.normal(standardDeviation: 0.08))))
                }
            }
            labels.append(label)
        }
        return (Tensor(shape: [count] + imageShape, scalars: values), labels)
    }

    private static func train() -> TinyMLP {
        let model = TinyMLP(inputs: 16, hidden: 16, classes: classes, seed: 5)
        var generator = RandomGenerator(seed: 1)
        let (images, labels) = samples(count: 90, using: &generator)
        var optimizer = Adam(learningRate: 0.03)
        for _ in 0..<300 {
            let (_, gradients) = valueAndGradients(of: model.trainableParameters) {
                crossEntropy(logits: model(images, mode: .training), labels: labels)
            }
            optimizer.update(model.trainableParameters, along: gradients)
        }
        return model
    }
}
