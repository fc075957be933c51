import Tensors

/// DI-FGSM's input diversity (Xie et al. 2019): with probability p, shrink
/// the batch to a random size between `resizeRatio` of the image and one pixel
/// less (bilinear), then pad it back to the original size with zeros at a
/// random offset; otherwise pass it unchanged.
///
/// Xie et al. enlarge 299 → up to 330 pixels for an Inception network that
/// accepts any size; shrinking and padding back (as torchattacks does) keeps
/// the model's input size. One draw serves the whole batch, as in both
/// reference implementations, so the transform stays one batched operation.
public struct InputDiversity: InputTransform {
    /// The probability p of transforming (paper: 0.5).
    public var probability: Float
    /// The smallest size as a fraction of the image size, in (0, 1].
    public var resizeRatio: Float

    /// Creates the transform.
    public init(probability: Float = 0.5, resizeRatio: Float = 0.9) {
        self.probability = probability
        self.resizeRatio = resizeRatio
    }

    /// Shrinks and pads the batch, or returns it unchanged.
    public func callAsFunction(_ images: Tensor, using generator: inout RandomGenerator) -> Tensor {
        guard generator.bernoulli(probability: probability) else { return images }
        let (height, width) = (images.shape[2], images.shape[3])
        let smallest = Swift.max(1, Int((Float(height) * resizeRatio).rounded(.down)))
        guard smallest < height else { return images }
        let newHeight = smallest + generator.integer(below: height - smallest)
        let newWidth = Swift.min(width, Swift.max(1, Int((Float(width * newHeight) / Float(height)).rounded())))
        let top = generator.integer(below: height - newHeight + 1)
        let left = generator.integer(below: width - newWidth + 1)
        let padding = Padding2D(
            top: top, left: left, bottom: height - newHeight - top, right: width - newWidth - left)
        return images.resized(height: newHeight, width: newWidth).padded(padding)
    }
}
