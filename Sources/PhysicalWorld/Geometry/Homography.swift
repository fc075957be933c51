/// Homographies between quadrilaterals in normalised image coordinates.
enum Homography {
    /// The corners of the image in normalised coordinates: top-left,
    /// top-right, bottom-right, bottom-left.
    static let imageCorners: [(Double, Double)] = [(-1, -1), (1, -1), (1, 1), (-1, 1)]

    /// The row-major 3×3 sampling map for content whose corners moved by
    /// `corners` (dx, dy pairs, fractions of the image size): it sends each
    /// moved corner back to the image corner it came from.
    static func mapping(corners offsets: [Float]) -> [Float] {
        let moved = imageCorners.enumerated().map { index, corner in
            (corner.0 + 2 * Double(offsets[2 * index]), corner.1 + 2 * Double(offsets[2 * index + 1]))
        }
        return solve(from: moved, to: imageCorners).map { Float($0) }
    }

    /// The homography H (h₃₃ = 1) with H·source[i] ∝ target[i] for four point pairs.
    static func solve(from source: [(Double, Double)], to target: [(Double, Double)]) -> [Double] {
        var rows: [[Double]] = []
        for ((x, y), (u, v)) in zip(source, target) {
            rows.append([x, y, 1, 0, 0, 0, -x * u, -y * u, u])
            rows.append([0, 0, 0, x, y, 1, -x * v, -y * v, v])
        }
        // Gaussian elimination with partial pivoting on the 8×9 augmented system.
        for column in 0..<8 {
            let pivot = (column..<8).max { abs(rows[$0][column]) < abs(rows[$1][column]) }!
            rows.swapAt(column, pivot)
            precondition(abs(rows[column][column]) > 1e-12, "Homography: the corners are degenerate")
            for row in 0..<8 where row != column {
                let factor = rows[row][column] / rows[column][column]
                if factor != 0 {
                    for k in column..<9 { rows[row][k] -= factor * rows[column][k] }
                }
            }
        }
        return (0..<8).map { rows[$0][8] / rows[$0][$0] } + [1]
    }
}
