/// The attributes of a ConvTranspose node: those of Conv plus the output
/// adjustments.
public struct ConvTransposeAttributes: Equatable, Sendable {
    /// Kernel, strides, dilations, pads, auto_pad and group, as for Conv.
    public var convolution: ConvAttributes
    /// Extra size added at the end of each spatial output axis; empty: zeros.
    public var outputPadding: [Int]
    /// The requested spatial output size; empty: computed from the pads.
    public var outputShape: [Int]

    /// Creates ConvTranspose attributes.
    public init(convolution: ConvAttributes = ConvAttributes(), outputPadding: [Int] = [], outputShape: [Int] = []) {
        self.convolution = convolution
        self.outputPadding = outputPadding
        self.outputShape = outputShape
    }
}
