#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Tensors

/// The SSIM (Wang, Bovik, Sheikh and Simoncelli 2004) of each pair of images
/// of two N,C,H,W batches in [0, 1].
///
/// The standard form: an 11×11 Gaussian window with σ = 1.5 at every
/// position where it fits inside the image ("valid", as the authors' MATLAB
/// code), constants C₁ = (0.01·L)², C₂ = (0.03·L)² with L = 1 (the same index
/// as L = 255 on 0–255 values), the map averaged over positions and then
/// over channels. Images smaller than 11 pixels use the largest odd window
/// that fits, with the same σ.
public func structuralSimilarity(_ reference: Tensor, _ distorted: Tensor) -> [Double] {
    precondition(reference.rank == 4 && reference.shape == distorted.shape, "two N,C,H,W batches of one shape")
    let (count, channels, height, width) = (reference.shape[0], reference.shape[1], reference.shape[2], reference.shape[3])
    let window = gaussianWindow(size: Swift.min(11, oddAtMost(Swift.min(height, width))), sigma: 1.5)
    let plane = height * width
    return (0..<count).map { image in
        var total = 0.0
        for channel in 0..<channels {
            let base = (image * channels + channel) * plane
            let x = reference.scalars[base..<(base + plane)].map(Double.init)
            let y = distorted.scalars[base..<(base + plane)].map(Double.init)
            total += meanSSIM(x, y, height: height, width: width, window: window)
        }
        return total / Double(channels)
    }
}

private func oddAtMost(_ value: Int) -> Int { value % 2 == 1 ? value : value - 1 }

/// A normalised 1-D Gaussian of `size` taps.
private func gaussianWindow(size: Int, sigma: Double) -> [Double] {
    let centre = Double(size - 1) / 2
    let weights = (0..<size).map { exp(-(Double($0) - centre) * (Double($0) - centre) / (2 * sigma * sigma)) }
    let sum = weights.reduce(0, +)
    return weights.map { $0 / sum }
}

/// The mean of the SSIM map of two planes.
private func meanSSIM(_ x: [Double], _ y: [Double], height: Int, width: Int, window: [Double]) -> Double {
    let (c1, c2) = (0.01 * 0.01, 0.03 * 0.03)
    let muX = filteredValid(x, height: height, width: width, window: window)
    let muY = filteredValid(y, height: height, width: width, window: window)
    let xx = filteredValid(zip(x, x).map(*), height: height, width: width, window: window)
    let yy = filteredValid(zip(y, y).map(*), height: height, width: width, window: window)
    let xy = filteredValid(zip(x, y).map(*), height: height, width: width, window: window)
    var total = 0.0
    for i in muX.indices {
        let (mx, my) = (muX[i], muY[i])
        let (varianceX, varianceY, covariance) = (xx[i] - mx * mx, yy[i] - my * my, xy[i] - mx * my)
        let numerator = (2 * mx * my + c1) * (2 * covariance + c2)
        let denominator = (mx * mx + my * my + c1) * (varianceX + varianceY + c2)
        total += numerator / denominator
    }
    return total / Double(muX.count)
}

/// Separable correlation with `window` along both axes at the positions where
/// it fits ("valid").
private func filteredValid(_ plane: [Double], height: Int, width: Int, window: [Double]) -> [Double] {
    let size = window.count
    let (outHeight, outWidth) = (height - size + 1, width - size + 1)
    var rows = [Double](repeating: 0, count: height * outWidth)
    for h in 0..<height {
        for w in 0..<outWidth {
            var sum = 0.0
            for k in 0..<size { sum += window[k] * plane[h * width + w + k] }
            rows[h * outWidth + w] = sum
        }
    }
    var result = [Double](repeating: 0, count: outHeight * outWidth)
    for h in 0..<outHeight {
        for w in 0..<outWidth {
            var sum = 0.0
            for k in 0..<size { sum += window[k] * rows[(h + k) * outWidth + w] }
            result[h * outWidth + w] = sum
        }
    }
    return result
}
