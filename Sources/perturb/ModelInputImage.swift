import Datasets
import NeuralNetworks
import PNG
import Tensors

/// Reads PNG files as the input a model takes, for `classify` and `attack`.
enum ModelInputImage {
    /// The image in `file` as a 1×C×H×W tensor of the model's input: converted
    /// to its channel count and, unless `resize` is false (then a size
    /// difference is an error), resized to its size (area averaging when
    /// shrinking, else bilinear) with a warning on stderr.
    static func load(_ file: String, for spec: InputSpec, model: String, resize: Bool) throws -> Tensor {
        guard PNGImage.layout(channelCount: spec.channels) != nil else {
            throw ClassifyError.unsupportedChannels(model: model, channels: spec.channels)
        }
        let image = try PNGImage(contentsOf: file)
        let tensor = image.tensor(channels: spec.channels)
        guard image.width != spec.width || image.height != spec.height else { return tensor }
        guard resize else {
            throw ClassifyError.sizeMismatch(
                file: file, width: image.width, height: image.height, modelWidth: spec.width, modelHeight: spec.height)
        }
        CommandOutput.printWarning(
            "\(file): resizing \(image.width)x\(image.height) to the model input \(spec.width)x\(spec.height)")
        let shrinking = image.width >= spec.width && image.height >= spec.height
        return tensor.resized(height: spec.height, width: spec.width, method: shrinking ? .area : .bilinear)
    }
}
