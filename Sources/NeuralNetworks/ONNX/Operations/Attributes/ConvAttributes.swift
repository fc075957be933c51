/// The attributes of a Conv node. Empty arrays mean the ONNX default, which
/// depends on the number of spatial axes (see ``SpatialDefaults``).
public struct ConvAttributes: Equatable, Sendable {
    /// The kernel's spatial extent; empty: taken from the weight's shape.
    public var kernelShape: [Int]
    /// The step along each spatial axis; empty: 1 each.
    public var strides: [Int]
    /// The dilation along each spatial axis; empty: 1 each.
    public var dilations: [Int]
    /// Padding as `[begin₁, begin₂, …, end₁, end₂, …]`; empty: no padding.
    public var pads: [Int]
    /// How padding is derived; ``AutoPad/notSet`` uses ``pads``.
    public var autoPad: AutoPad
    /// The number of channel groups (depthwise when it equals the input channels).
    public var group: Int

    /// Creates Conv attributes; the defaults are those of ONNX.
    public init(
        kernelShape: [Int] = [], strides: [Int] = [], dilations: [Int] = [], pads: [Int] = [],
        autoPad: AutoPad = .notSet, group: Int = 1
    ) {
        self.kernelShape = kernelShape
        self.strides = strides
        self.dilations = dilations
        self.pads = pads
        self.autoPad = autoPad
        self.group = group
    }
}
