import Foundation

/// Why an attack could not be configured or run; each message says what was
/// expected, what was found and what to do.
public enum AttackError: Error, Equatable, LocalizedError {
    /// The method name is not one of ``AttackMethod``.
    case unknownMethod(String, valid: [String])
    /// A parameter is outside its valid values.
    case invalidParameter(name: String, value: String, expected: String)
    /// A parameter was given to a method that does not use it.
    case unusedParameter(name: String, method: String, accepted: [String])
    /// The target is neither `untargeted`, `least-likely`, a class name nor a class index.
    case unknownTarget(String, classNames: [String])
    /// A target class index is not an output of the model.
    case targetOutOfRange(Int, classCount: Int)
    /// The method cannot pursue this kind of goal.
    case unsupportedTarget(method: String, target: String, reason: String)
    /// The images are not an N,C,H,W batch.
    case badImageShape([Int])
    /// Image values lie outside [0, 1].
    case imagesOutOfRange(minimum: Float, maximum: Float)
    /// The number of labels differs from the number of images.
    case labelCountMismatch(images: Int, labels: Int)
    /// A true label is not an output of the model.
    case labelOutOfRange(Int, image: Int, classCount: Int)
    /// The model's output is not logits `[N, K]` for N images.
    case badLogitsShape([Int], images: Int)
    /// The mask does not broadcast to the images or holds values other than 0 and 1.
    case badMask(shape: [Int], imageShape: [Int], reason: String)

    /// A message saying what was expected, what was found and what to do.
    public var errorDescription: String? {
        switch self {
        case .unknownMethod(let name, let valid):
            return "Unknown attack method '\(name)'. Expected one of: \(valid.joined(separator: ", ")). "
                + "Check the spelling of --method (or \"method\" in the pipeline)."
        case .invalidParameter(let name, let value, let expected):
            return "Attack parameter '\(name)' is \(value), but it must be \(expected). Pass a value in that range."
        case .unusedParameter(let name, let method, let accepted):
            let list = accepted.isEmpty ? "none" : accepted.joined(separator: ", ")
            return "Method '\(method)' does not use the parameter '\(name)'; it accepts: \(list). "
                + "Remove '\(name)' or choose a method that uses it."
        case .unknownTarget(let text, let classNames):
            let shown = classNames.prefix(20).joined(separator: ", ") + (classNames.count > 20 ? ", …" : "")
            return "Target '\(text)' is not a class of the model. Expected 'untargeted', 'least-likely', "
                + "a class name (\(shown)) or an index in 0..<\(classNames.count)."
        case .targetOutOfRange(let target, let classCount):
            return "Target class \(target) is not an output of the model, which has \(classCount) classes "
                + "(0..<\(classCount)). Choose a target in that range."
        case .unsupportedTarget(let method, let target, let reason):
            return "Method '\(method)' cannot pursue the goal '\(target)': \(reason)"
        case .badImageShape(let shape):
            return "Expected images as an N,C,H,W batch with N ≥ 1, found shape \(shape). "
                + "Add a batch dimension for a single image."
        case .imagesOutOfRange(let minimum, let maximum):
            return "Expected image values in [0, 1], found values from \(minimum) to \(maximum). "
                + "Pass images before normalisation (the classifier normalises them itself); divide 8-bit values by 255."
        case .labelCountMismatch(let images, let labels):
            return "Expected one true label per image (\(images)), found \(labels) labels. Pass a label for every image."
        case .labelOutOfRange(let label, let image, let classCount):
            return "The true label \(label) of image \(image) is not an output of the model, which has "
                + "\(classCount) classes. Check that the labels belong to this model."
        case .badLogitsShape(let shape, let images):
            return "Expected the model to return logits [\(images), K] for \(images) images, found shape \(shape). "
                + "Attack a classifier whose output is one row of class scores per image."
        case .badMask(let shape, let imageShape, let reason):
            return "The mask of shape \(shape) cannot be used with images of shape \(imageShape): \(reason). "
                + "Pass 0/1 values shaped like the images or broadcastable to them, such as [N, 1, H, W]."
        }
    }
}
