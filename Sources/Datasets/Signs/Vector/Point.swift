/// A point or vector in a drawing's coordinates (x right, y down).
typealias Point = SIMD2<Float>

/// The Euclidean length of a vector.
@inline(__always) func length(_ vector: Point) -> Float {
    (vector * vector).sum().squareRoot()
}
