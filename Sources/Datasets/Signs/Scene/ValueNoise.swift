import Tensors

/// Smooth random texture: random values on a coarse grid, interpolated with
/// a smoothstep, summed over octaves of doubling frequency.
struct ValueNoise {
    private let cells: Int
    private let values: [Float]

    /// A lattice of `cells` x `cells` cells with random corner values in [0, 1).
    init(cells: Int, using generator: inout RandomGenerator) {
        self.cells = cells
        values = (0..<((cells + 1) * (cells + 1))).map { _ in generator.uniform() }
    }

    /// The noise at (u, v) in [0, 1] x [0, 1].
    @inline(__always) func value(u: Float, v: Float) -> Float {
        let x = min(max(u, 0), 1) * Float(cells), y = min(max(v, 0), 1) * Float(cells)
        let column = min(Int(x), cells - 1), row = min(Int(y), cells - 1)
        let fx = smoothstep(x - Float(column)), fy = smoothstep(y - Float(row))
        let stride = cells + 1
        let top = values[row * stride + column] * (1 - fx) + values[row * stride + column + 1] * fx
        let bottom = values[(row + 1) * stride + column] * (1 - fx) + values[(row + 1) * stride + column + 1] * fx
        return top * (1 - fy) + bottom * fy
    }

    /// A `size` x `size` field of fractal noise in [0, 1], row-major:
    /// `octaves` layers from `baseCells` cells up, each half as strong as
    /// the one before.
    static func fractal(size: Int, baseCells: Int, octaves: Int, using generator: inout RandomGenerator) -> [Float] {
        var field = [Float](repeating: 0, count: size * size)
        var amplitude: Float = 1, total: Float = 0
        for octave in 0..<octaves {
            ValueNoise(cells: baseCells << octave, using: &generator).accumulate(into: &field, size: size, scale: amplitude)
            total += amplitude
            amplitude /= 2
        }
        return field.map { $0 / total }
    }

    /// Adds `scale` times the noise sampled at every pixel centre of a
    /// `size` x `size` grid to `field`.
    private func accumulate(into field: inout [Float], size: Int, scale: Float) {
        // Cell index and smoothed fraction of each pixel column (and row: the grid is square).
        let lattice = (0..<size).map { pixel -> (Int, Float) in
            let position = (Float(pixel) + 0.5) / Float(size) * Float(cells)
            let cell = min(Int(position), cells - 1)
            return (cell, smoothstep(position - Float(cell)))
        }
        let stride = cells + 1
        values.withUnsafeBufferPointer { values in
            field.withUnsafeMutableBufferPointer { field in
                for y in 0..<size {
                    let (row, fy) = lattice[y]
                    for x in 0..<size {
                        let (column, fx) = lattice[x]
                        let corner = row * stride + column
                        let top = values[corner] + (values[corner + 1] - values[corner]) * fx
                        let bottom = values[corner + stride] + (values[corner + stride + 1] - values[corner + stride]) * fx
                        field[y * size + x] += scale * (top + (bottom - top) * fy)
                    }
                }
            }
        }
    }
}

@inline(__always) private func smoothstep(_ t: Float) -> Float { t * t * (3 - 2 * t) }
