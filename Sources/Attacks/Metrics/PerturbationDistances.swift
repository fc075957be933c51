import Tensors

/// The size of one image's perturbation in 0–255 units.
public struct PerturbationDistances: Codable, Equatable, Sendable {
    /// The largest change of any value.
    public var lInfinity: Double
    /// The Euclidean length of the change over all values.
    public var l2: Double
    /// The number of pixel positions (H·W) where any channel changed.
    public var l0: Int

    /// Creates distances from their values.
    public init(lInfinity: Double, l2: Double, l0: Int) {
        self.lInfinity = lInfinity
        self.l2 = l2
        self.l0 = l0
    }

    /// The distances between matching images of two N,C,H,W batches in [0, 1].
    public static func measure(from original: Tensor, to perturbed: Tensor) -> [PerturbationDistances] {
        precondition(original.rank == 4 && original.shape == perturbed.shape, "two N,C,H,W batches of one shape")
        let (count, channels) = (original.shape[0], original.shape[1])
        let plane = original.shape[2] * original.shape[3]
        let (a, b) = (original.scalars, perturbed.scalars)
        return (0..<count).map { image in
            var largest = 0.0, squares = 0.0
            var changed = [Bool](repeating: false, count: plane)
            for channel in 0..<channels {
                let base = (image * channels + channel) * plane
                for position in 0..<plane {
                    let difference = Swift.abs(Double(b[base + position]) - Double(a[base + position])) * 255
                    largest = Swift.max(largest, difference)
                    squares += difference * difference
                    if difference > 0 { changed[position] = true }
                }
            }
            return PerturbationDistances(
                lInfinity: largest, l2: squares.squareRoot(), l0: changed.lazy.filter { $0 }.count)
        }
    }
}
