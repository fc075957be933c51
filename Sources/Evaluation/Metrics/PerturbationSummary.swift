/// The perturbation sizes of a set of images, averaged.
public struct PerturbationSummary: Codable, Equatable, Sendable {
    /// The number of images.
    public var images: Int
    /// The mean L∞ (0–255 units).
    public var meanLInfinity: Double
    /// The mean L2 (0–255 units).
    public var meanL2: Double
    /// The mean L0 (changed pixel positions).
    public var meanL0: Double
    /// The mean PSNR in dB over the images that changed (nil if none did).
    public var meanPSNR: Double?
    /// The number of images left unchanged (PSNR +∞), left out of `meanPSNR`.
    public var unchangedImages: Int
    /// The mean SSIM.
    public var meanSSIM: Double
    /// The mean of the images' mean CIEDE2000 ΔE.
    public var meanDeltaE: Double
    /// The largest CIEDE2000 ΔE of any pixel of any image.
    public var maxDeltaE: Double

    /// The summary of `sizes` (all zero for no images).
    public init(_ sizes: [PerturbationSize]) {
        func mean(_ values: [Double]) -> Double { values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count) }
        let finitePSNR = sizes.map(\.psnr).filter(\.isFinite)
        images = sizes.count
        meanLInfinity = mean(sizes.map(\.lInfinity))
        meanL2 = mean(sizes.map(\.l2))
        meanL0 = mean(sizes.map { Double($0.l0) })
        meanPSNR = finitePSNR.isEmpty ? nil : mean(finitePSNR)
        unchangedImages = sizes.count - finitePSNR.count
        meanSSIM = mean(sizes.map(\.ssim))
        meanDeltaE = mean(sizes.map(\.meanDeltaE))
        maxDeltaE = sizes.map(\.maxDeltaE).max() ?? 0
    }
}
