import Tensors

/// Where a patch is opaque: a 1×1×H×W tensor of coverage values in [0, 1],
/// 1 inside the shape and 0 outside.
public enum PatchMask {
    /// The shape drawn into a `height`×`width` box: a pixel is 1 when its
    /// centre lies inside the shape (stretched to the box), otherwise 0.
    public static func make(_ shape: PatchShape, height: Int, width: Int) -> Tensor {
        precondition(height > 0 && width > 0, "a patch mask needs at least one pixel, got \(height)×\(width)")
        var values = [Float](repeating: 0, count: height * width)
        for row in 0..<height {
            let y = (2 * Float(row) + 1) / Float(height) - 1
            for column in 0..<width {
                let x = (2 * Float(column) + 1) / Float(width) - 1
                values[row * width + column] = shape.contains(x: x, y: y) ? 1 : 0
            }
        }
        return Tensor(shape: [1, 1, height, width], scalars: values)
    }

    /// A user's mask (1×1×h×w coverage, for example a PNG's alpha channel)
    /// resized bilinearly to `height`×`width`, its values kept in [0, 1].
    public static func resampled(_ coverage: Tensor, height: Int, width: Int) -> Tensor {
        precondition(
            coverage.rank == 4 && coverage.shape[0] == 1 && coverage.shape[1] == 1,
            "a patch mask must be 1×1×H×W, got \(coverage.shape)")
        guard coverage.shape[2] != height || coverage.shape[3] != width else { return coverage.detached() }
        return coverage.detached().resized(height: height, width: width).clamped(to: 0...1)
    }
}
