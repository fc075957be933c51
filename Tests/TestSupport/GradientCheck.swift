import Testing
import Tensors

/// Checks the tape's gradient of `body` at `x` against central finite differences.
///
/// The scalar compared is L(x) = Σᵢ rᵢ·body(x)ᵢ for a fixed random projection r,
/// so every output value contributes. The analytic gradient is the tape's
/// vector-Jacobian product with seed r; the numeric one is
/// (L(x+h·eⱼ) − L(x−h·eⱼ)) / 2h with L accumulated in Double.
///
/// Tolerance: in Float32 the central difference has truncation error O(h²·L''')
/// and rounding error about ε·|L|/h ≈ 1e-7·|L|/h. With h = 1e-2 and values of
/// order one both stay near 1e-4, so `tolerance` (default 2e-3, relative to the
/// larger of the two gradients' magnitudes, with an absolute floor of the same
/// size) leaves a margin of ten. Inputs must stay away from kinks (relu at 0,
/// max ties, clamp bounds) by more than h.
public func expectGradientMatchesFiniteDifferences(
    at x: Tensor,
    step h: Float = 1e-2,
    tolerance: Float = 2e-3,
    seed: UInt64 = 1,
    sourceLocation: SourceLocation = #_sourceLocation,
    _ body: (Tensor) -> Tensor
) {
    var generator = RandomGenerator(seed: seed)
    let probeOutput = body(x)
    let projection = Tensor.uniform(probeOutput.shape, in: -1...1, using: &generator)
    let tracked = x.trackingGradient()
    let analytic = gradients(of: body(tracked), withRespectTo: [tracked], seed: projection)[0]

    func projected(_ input: Tensor) -> Double {
        zip(body(input).scalars, projection.scalars).reduce(0.0) { $0 + Double($1.0) * Double($1.1) }
    }
    var numeric = [Float](repeating: 0, count: x.scalarCount)
    for index in 0..<x.scalarCount {
        var plus = x.scalars, minus = x.scalars
        plus[index] += h
        minus[index] -= h
        let difference = projected(Tensor(shape: x.shape, scalars: plus)) - projected(Tensor(shape: x.shape, scalars: minus))
        numeric[index] = Float(difference / (2 * Double(h)))
    }
    let scale = max(1, numeric.map(abs).max() ?? 0, analytic.scalars.map(abs).max() ?? 0)
    let worst = zip(analytic.scalars, numeric).map { abs($0 - $1) }.max() ?? 0
    #expect(
        worst <= tolerance * scale,
        "gradient differs from finite differences by \(worst) (scale \(scale)); analytic \(analytic.scalars.prefix(6)), numeric \(numeric.prefix(6))",
        sourceLocation: sourceLocation)
}
