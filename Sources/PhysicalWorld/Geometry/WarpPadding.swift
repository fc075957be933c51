import Tensors

/// What a geometric transform shows where the warped image does not reach.
public enum WarpPadding: String, Codable, Sendable, CaseIterable {
    /// Black (zero).
    case zeros
    /// The nearest edge pixel, as if the print's surroundings matched its border.
    case border

    var gridPadding: GridSamplePadding { self == .zeros ? .zeros : .border }
}

extension Tensor {
    /// Each image m warped by the sampling map of `matrices[m]`, a row-major
    /// 2×3 (affine) or 3×3 (homography) matrix from output to input
    /// normalised coordinates; one batched `gridSample`.
    func warped(byMatrices matrices: [[Float]], padding: WarpPadding) -> Tensor {
        let (height, width) = (shape[2], shape[3])
        let size = matrices[0].count
        let stacked = Tensor(shape: [matrices.count, size == 6 ? 2 : 3, 3], scalars: matrices.flatMap { $0 })
        let grid = size == 6
            ? affineGrid(stacked, height: height, width: width)
            : perspectiveGrid(stacked, height: height, width: width)
        return gridSample(self, grid: grid, padding: padding.gridPadding)
    }
}
