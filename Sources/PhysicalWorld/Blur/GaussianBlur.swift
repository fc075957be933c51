import Tensors

/// Gaussian blur (defocus, or a printer's dot gain at small σ): each image
/// is filtered with its own kernel of standard deviation σ pixels, all in one
/// per-image `filtered2d`. The kernel size, 2·⌈3·σ_max⌉ + 1, follows the
/// range's upper bound so every kernel of the batch has one size; σ = 0 is
/// the identity. Borders are reflected.
public struct GaussianBlur: Transform {
    /// σ in pixels.
    public var sigma: ParameterRange

    /// The JSON keys.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case sigma
    }

    /// Blurs with σ drawn from `sigma`.
    public init(sigma: ParameterRange) {
        self.sigma = sigma
    }

    /// One image's blur.
    public struct Parameters: Codable, Equatable, Sendable {
        /// σ in pixels.
        public var sigma: Float
    }

    public static let name = "gaussianBlur"

    public func validate(at path: String) throws {
        try sigma.validate(within: 0...10, at: path + ".sigma", unit: " pixels")
    }

    public func sampleParameters(using generator: inout RandomGenerator) -> Parameters {
        Parameters(sigma: sigma.sample(using: &generator))
    }

    public func apply(_ images: Tensor, parameters: [Parameters]) -> Tensor {
        let size = images.fittingKernelSize(2 * Int((3 * sigma.upper).rounded(.up)) + 1)
        let kernels = parameters.map { Tensor.gaussianKernel(sigma: $0.sigma, size: size) }
        return images.filteredPerImage(kernels)
    }
}

extension Tensor {
    /// `size` (odd), or the largest odd size whose reflected border fits the
    /// images when `size` does not.
    func fittingKernelSize(_ size: Int) -> Int {
        min(size, 2 * min(shape[2], shape[3]) - 1)
    }

    /// Filters image m of the batch with `kernels[m]` (all of one odd size,
    /// see ``fittingKernelSize(_:)``), reflecting the borders.
    func filteredPerImage(_ kernels: [Tensor]) -> Tensor {
        let size = kernels[0].shape[0]
        let stacked = Tensor(shape: [kernels.count, size, size], scalars: kernels.flatMap(\.scalars))
        return filtered2d(kernel: stacked, padding: .reflect)
    }
}
