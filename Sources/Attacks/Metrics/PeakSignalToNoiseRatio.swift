#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Tensors

/// The PSNR in decibels, `10·log₁₀(255² / MSE)` with the mean squared error
/// in 0–255 units over all values, of each pair of images of two N,C,H,W
/// batches in [0, 1]; identical images give +∞.
public func peakSignalToNoiseRatio(_ reference: Tensor, _ distorted: Tensor) -> [Double] {
    precondition(reference.rank == 4 && reference.shape == distorted.shape, "two N,C,H,W batches of one shape")
    let count = reference.shape[0]
    let size = reference.scalarCount / Swift.max(count, 1)
    let (a, b) = (reference.scalars, distorted.scalars)
    return (0..<count).map { image in
        var squares = 0.0
        for index in (image * size)..<((image + 1) * size) {
            let difference = (Double(a[index]) - Double(b[index])) * 255
            squares += difference * difference
        }
        let meanSquare = squares / Double(size)
        return meanSquare == 0 ? .infinity : 10 * log10(255 * 255 / meanSquare)
    }
}
