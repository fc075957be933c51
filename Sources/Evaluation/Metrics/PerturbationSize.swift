import Attacks
import Tensors

/// The size of one image's perturbation, every measure in one record.
///
/// Distances are in 0–255 units. L0 counts pixel positions (H·W) where any
/// channel changed, so one recoloured pixel is 1 whatever the channel count
/// (the distances, PSNR and SSIM are `Attacks`' functions, the same ones
/// `perturb attack` reports). Colour differences are CIEDE2000 between the
/// two images' pixels read as sRGB (gray images as R = G = B).
public struct PerturbationSize: Codable, Equatable, Sendable {
    /// The largest change of any value.
    public var lInfinity: Double
    /// The Euclidean length of the change over all values.
    public var l2: Double
    /// The number of pixel positions where any channel changed.
    public var l0: Int
    /// PSNR in dB; +∞ for identical images (encode JSON with a
    /// non-conforming-float strategy).
    public var psnr: Double
    /// SSIM (Wang et al. 2004, see `Attacks.structuralSimilarity`).
    public var ssim: Double
    /// The mean CIEDE2000 ΔE over all pixels.
    public var meanDeltaE: Double
    /// The largest CIEDE2000 ΔE of any pixel.
    public var maxDeltaE: Double

    /// Creates a record from its values.
    public init(lInfinity: Double, l2: Double, l0: Int, psnr: Double, ssim: Double, meanDeltaE: Double, maxDeltaE: Double) {
        self.lInfinity = lInfinity
        self.l2 = l2
        self.l0 = l0
        self.psnr = psnr
        self.ssim = ssim
        self.meanDeltaE = meanDeltaE
        self.maxDeltaE = maxDeltaE
    }

    /// The sizes of the perturbations between matching images of two N,C,H,W
    /// batches in [0, 1] (C = 1 or 3).
    public static func measure(from original: Tensor, to perturbed: Tensor) -> [PerturbationSize] {
        precondition(
            original.rank == 4 && original.shape == perturbed.shape && [1, 3].contains(original.shape[1]),
            "PerturbationSize: two N,C,H,W batches of one shape with 1 or 3 channels, got \(original.shape) and \(perturbed.shape)")
        let (clean, attacked) = (original.detached(), perturbed.detached())
        let distances = PerturbationDistances.measure(from: clean, to: attacked)
        let psnr = peakSignalToNoiseRatio(clean, attacked)
        let ssim = structuralSimilarity(clean, attacked)
        return distances.indices.map { image in
            let deltas = colourDifferences(clean, attacked, image: image)
            return PerturbationSize(
                lInfinity: distances[image].lInfinity, l2: distances[image].l2, l0: distances[image].l0,
                psnr: psnr[image], ssim: ssim[image],
                meanDeltaE: deltas.reduce(0, +) / Double(Swift.max(deltas.count, 1)), maxDeltaE: deltas.max() ?? 0)
        }
    }

    /// The CIEDE2000 difference at every pixel of one image of two batches.
    private static func colourDifferences(_ original: Tensor, _ perturbed: Tensor, image: Int) -> [Double] {
        let (channels, plane) = (original.shape[1], original.shape[2] * original.shape[3])
        let base = image * channels * plane
        let (a, b) = (original.scalars, perturbed.scalars)
        func lab(_ values: [Float], _ position: Int) -> LabColour {
            let channel = { (c: Int) in Double(values[base + (channels == 3 ? c : 0) * plane + position]) }
            return LabColour(sRGB: channel(0), channel(1), channel(2))
        }
        return (0..<plane).map { position in
            let same = (0..<channels).allSatisfy { a[base + $0 * plane + position] == b[base + $0 * plane + position] }
            return same ? 0 : LabColour.ciede2000(lab(a, position), lab(b, position))
        }
    }
}
