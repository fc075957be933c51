import NeuralNetworks
import Tensors

/// A two-class model whose answer is known by hand: "bright" when an image's
/// mean value is above 0.5, "dark" below, with logits ±sharpness·(mean − 0.5).
final class BrightnessModel: Layer {
    let sharpness: Float

    init(sharpness: Float = 20) { self.sharpness = sharpness }

    func callAsFunction(_ input: Tensor, mode: ForwardMode) -> Tensor {
        let mean = input.mean(alongAxes: [1, 2, 3]).reshaped([input.shape[0], 1]) - Float(0.5)
        return concatenate([mean * -sharpness, mean * sharpness], alongAxis: 1)
    }

    var parameters: [Parameter] { [] }

    /// The model as a classifier of 3×16×16 images with labels dark, bright.
    static func classifier() throws -> Classifier {
        try Classifier(model: BrightnessModel(), input: InputSpec(channels: 3, height: 16, width: 16), labels: ["dark", "bright"])
    }

    /// N images of 3×16×16, image i filled with `values[i]`.
    static func images(_ values: [Float]) -> Tensor {
        Tensor(shape: [values.count, 3, 16, 16], scalars: values.flatMap { Array(repeating: $0, count: 3 * 256) })
    }
}
