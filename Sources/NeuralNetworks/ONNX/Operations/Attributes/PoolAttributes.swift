/// The attributes of a MaxPool or AveragePool node. Empty arrays mean the ONNX
/// default for the number of spatial axes (see ``SpatialDefaults``).
public struct PoolAttributes: Equatable, Sendable {
    /// The window's spatial extent (always given).
    public var kernelShape: [Int]
    /// The step along each spatial axis; empty: 1 each.
    public var strides: [Int]
    /// The dilation along each spatial axis; empty: 1 each.
    public var dilations: [Int]
    /// Padding as `[begin₁, begin₂, …, end₁, end₂, …]`; empty: no padding.
    public var pads: [Int]
    /// How padding is derived; ``AutoPad/notSet`` uses ``pads``.
    public var autoPad: AutoPad
    /// Whether output sizes round up instead of down.
    public var ceilMode: Bool
    /// AveragePool only: whether padded positions count in the average.
    public var countIncludePad: Bool

    /// Creates pooling attributes; the defaults are those of ONNX.
    public init(
        kernelShape: [Int], strides: [Int] = [], dilations: [Int] = [], pads: [Int] = [],
        autoPad: AutoPad = .notSet, ceilMode: Bool = false, countIncludePad: Bool = false
    ) {
        self.kernelShape = kernelShape
        self.strides = strides
        self.dilations = dilations
        self.pads = pads
        self.autoPad = autoPad
        self.ceilMode = ceilMode
        self.countIncludePad = countIncludePad
    }
}
