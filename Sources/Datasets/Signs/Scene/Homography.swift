/// A projective mapping of the plane, as a 3x3 matrix with the last entry 1.
struct Homography {
    /// The matrix rows; the last entry of the last row is 1.
    private let rows: (SIMD3<Float>, SIMD3<Float>, SIMD3<Float>)

    /// The homography that maps each of four points to its counterpart.
    /// Solves the 8x8 linear system in double precision by Gaussian
    /// elimination with partial pivoting; the points must be in general position.
    init(mapping sources: [Point], to targets: [Point]) {
        precondition(sources.count == 4 && targets.count == 4, "a homography needs four point pairs")
        var system = [[Double]]()
        for (source, target) in zip(sources, targets) {
            let (x, y, u, v) = (Double(source.x), Double(source.y), Double(target.x), Double(target.y))
            system.append([x, y, 1, 0, 0, 0, -u * x, -u * y, u])
            system.append([0, 0, 0, x, y, 1, -v * x, -v * y, v])
        }
        for column in 0..<8 {
            let pivot = (column..<8).max { abs(system[$0][column]) < abs(system[$1][column]) }!
            system.swapAt(column, pivot)
            precondition(abs(system[column][column]) > 1e-12, "homography points are degenerate: \(sources) → \(targets)")
            for row in 0..<8 where row != column {
                let factor = system[row][column] / system[column][column]
                for entry in column...8 { system[row][entry] -= factor * system[column][entry] }
            }
        }
        let entries = (0..<8).map { Float(system[$0][8] / system[$0][$0]) } + [1]
        rows = (SIMD3(entries[0...2]), SIMD3(entries[3...5]), SIMD3(entries[6...8]))
    }

    /// The image of `point`.
    @inline(__always) func apply(_ point: Point) -> Point {
        let homogeneous = SIMD3(point.x, point.y, 1)
        let w = (rows.2 * homogeneous).sum()
        return Point((rows.0 * homogeneous).sum(), (rows.1 * homogeneous).sum()) / w
    }
}
