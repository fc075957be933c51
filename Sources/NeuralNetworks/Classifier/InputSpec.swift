/// The images a classifier takes: N×C×H×W tensors with values in
/// ``valueRange``, optionally normalised per channel with ``mean`` and
/// ``std`` before they reach the model.
public struct InputSpec: Equatable, Sendable {
    /// Colour channels (1 gray, 3 RGB).
    public var channels: Int
    /// Image height in pixels.
    public var height: Int
    /// Image width in pixels.
    public var width: Int
    /// The range pixel values are scaled to before normalisation, usually 0…1.
    public var valueRange: ClosedRange<Float>
    /// Per-channel means subtracted before the model; `nil`: no normalisation.
    public var mean: [Float]?
    /// Per-channel standard deviations divided by before the model; `nil` exactly when ``mean`` is.
    public var std: [Float]?

    /// Creates an input spec.
    public init(
        channels: Int, height: Int, width: Int, valueRange: ClosedRange<Float> = 0...1,
        mean: [Float]? = nil, std: [Float]? = nil
    ) {
        self.channels = channels
        self.height = height
        self.width = width
        self.valueRange = valueRange
        self.mean = mean
        self.std = std
    }

    /// The shape of a batch of `count` images.
    public func batchShape(count: Int) -> [Int] {
        [count, channels, height, width]
    }
}
