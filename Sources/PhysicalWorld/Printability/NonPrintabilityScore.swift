import Tensors

/// The non-printability score (Sharif et al. 2016): how far a patch's pixels
/// are from the colours a printer can reproduce, differentiable in the patch.
///
/// Each pixel p contributes Π_c ‖p − c‖ over the palette colours c
/// (``Form/product``, Sharif's form) or min_c ‖p − c‖ (``Form/minimum``, as
/// Thys et al. 2019); the score is the mask-weighted mean over pixels. Both
/// are exactly 0 for a patch made of palette colours. Distances are
/// √(d² + ε) − √ε with ε = 10⁻⁶, so gradients stay finite at a palette colour.
public struct NonPrintabilityScore: Sendable {
    /// How a pixel's distances to the palette colours combine.
    public enum Form: String, CaseIterable, Codable, Sendable {
        /// The product of the distances to every colour (Sharif et al. 2016).
        case product
        /// The distance to the nearest colour (Thys et al. 2019).
        case minimum
    }

    /// The printable colours, K × C values.
    public let palette: [[Float]]
    /// How distances combine.
    public let form: Form

    /// A score against `palette` (at least one colour, all of one length).
    public init(palette: [[Float]], form: Form = .product) {
        precondition(!palette.isEmpty, "a non-printability score needs at least one palette colour")
        precondition(Set(palette.map(\.count)).count == 1, "palette colours must all have the same number of channels")
        self.palette = palette
        self.form = form
    }

    /// The score of a 1,C,H,W patch, weighted by an optional 1,1,H,W mask:
    /// a scalar tensor, tracked when `patch` is.
    public func callAsFunction(_ patch: Tensor, mask: Tensor? = nil) -> Tensor {
        let (channels, height, width) = (patch.shape[1], patch.shape[2], patch.shape[3])
        precondition(
            patch.rank == 4 && patch.shape[0] == 1 && channels == palette[0].count,
            "non-printability: patch must be 1×\(palette[0].count)×H×W, got \(patch.shape)")
        let pixels = patch.reshaped([channels, height * width]).transposed().reshaped([height * width, 1, channels])
        let colours = Tensor(shape: [1, palette.count, channels], scalars: palette.flatMap { $0 })
        let difference = pixels - colours
        let epsilon: Float = 1e-6
        let distances = sqrt((difference * difference).sum(alongAxes: [2]) + epsilon) - epsilon.squareRoot()
        let perPixel: Tensor
        switch form {
        case .minimum:
            perPixel = distances.minimum(alongAxes: [1])
        case .product:
            perPixel = (1..<palette.count).reduce(distances.sliced(alongAxis: 1, 0..<1)) { product, colour in
                product * distances.sliced(alongAxis: 1, colour..<(colour + 1))
            }.reshaped([height * width])
        }
        guard let mask else { return perPixel.mean() }
        let weights = mask.reshaped([height * width])
        return (perPixel * weights).sum() / Swift.max(weights.scalars.reduce(0, +), 1e-6)
    }
}
