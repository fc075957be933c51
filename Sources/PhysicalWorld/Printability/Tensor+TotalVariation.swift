import Tensors

extension Tensor {
    /// The total variation of an N,C,H,W batch (Sharif et al. 2016):
    /// the mean over pixels and channels of √((r_{i,j} − r_{i+1,j})² + (r_{i,j} − r_{i,j+1})²),
    /// computed as √(· + ε) − √ε with ε = 10⁻⁶ so the gradient stays finite
    /// on flat regions. A scalar tensor, 0 for a constant image, tracked when
    /// `self` is. Needs H, W ≥ 2.
    public func totalVariation() -> Tensor {
        let (height, width) = (shape[2], shape[3])
        precondition(rank == 4 && height >= 2 && width >= 2, "total variation needs N,C,H,W with H, W ≥ 2, got \(shape)")
        let corner = sliced(alongAxis: 2, 0..<(height - 1)).sliced(alongAxis: 3, 0..<(width - 1))
        let below = sliced(alongAxis: 2, 1..<height).sliced(alongAxis: 3, 0..<(width - 1))
        let right = sliced(alongAxis: 2, 0..<(height - 1)).sliced(alongAxis: 3, 1..<width)
        let (down, across) = (corner - below, corner - right)
        let epsilon: Float = 1e-6
        return (sqrt(down * down + across * across + epsilon) - epsilon.squareRoot()).mean()
    }
}
