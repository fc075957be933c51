import Testing
@testable import Tensors

/// Values spaced well apart (a shuffled ramp with step 0.1 plus tiny noise),
/// so no window has a tie within the finite-difference step 1e-2.
private func distinctValues(_ shape: [Int], seed: UInt64) -> Tensor {
    var generator = RandomGenerator(seed: seed)
    let order = generator.permutation(shape.elementCount)
    return Tensor(shape: shape, scalars: order.map { Float($0) * 0.1 - 1 })
}

@Suite struct PoolingTests {
    @Test func maxPoolHandComputed() {
        let x = Tensor(shape: [1, 1, 4, 4], scalars: (0..<16).map(Float.init))
        #expect(x.maxPool2d(kernel: 2) == Tensor(shape: [1, 1, 2, 2], scalars: [5, 7, 13, 15]))
        // Padding 1, stride 2, kernel 3: windows centred on even positions.
        #expect(x.maxPool2d(kernel: 3, stride: 2, padding: 1) == Tensor(shape: [1, 1, 2, 2], scalars: [5, 7, 13, 15]))
        // Dilation 2, kernel 2, stride 1 on 4x4 → 2x2, each the max of a spread window.
        #expect(x.maxPool2d(kernel: 2, stride: 1, dilation: 2) == Tensor(shape: [1, 1, 2, 2], scalars: [10, 11, 14, 15]))
    }

    @Test func maxPoolTiesGoToTheFirstAndNaNWins() {
        // Ties: the first maximum of each window (row by row) gets the gradient.
        let ties = Tensor(shape: [1, 1, 2, 4], scalars: [3, 3, 1, 2, 3, 3, 2, 2])
        let (value, gradient) = valueAndGradient(at: ties) { $0.maxPool2d(kernel: 2) }
        #expect(value.scalars == [3, 2])
        #expect(gradient.scalars == [1, 0, 0, 1, 0, 0, 0, 0])
        // A NaN anywhere in a window is its maximum; other windows are unaffected.
        let nan = Tensor(shape: [1, 1, 2, 4], scalars: [1, 2, 5, 6, 3, .nan, 8, 7])
        let pooled = nan.maxPool2d(kernel: 2).scalars
        #expect(pooled[0].isNaN && pooled[1] == 8)
        // Windows partly in the padding never select it, even when every input is negative.
        let negative = Tensor(shape: [1, 1, 2, 2], scalars: [-4, -3, -2, -1])
        #expect(negative.maxPool2d(kernel: 2, stride: 1, padding: 1).scalars == [-4, -3, -3, -2, -1, -1, -2, -1, -1])
    }

    @Test func ceilModeFollowsONNX() {
        // 5 wide, kernel 2, stride 2: floor → 2, ceil → 3 (last window 1 wide).
        let x = Tensor(shape: [1, 1, 1, 5], scalars: [1, 5, 2, 4, 3])
        #expect(x.maxPool2d(kernel: Size2D(height: 1, width: 2), ceilMode: false).scalars == [5, 4])
        #expect(x.maxPool2d(kernel: Size2D(height: 1, width: 2), ceilMode: true).scalars == [5, 4, 3])
        // 4 wide, kernel 2, stride 2, pad right 1: ceil gives 3 windows would start at 4 = in the
        // trailing padding, so it is dropped: 2 outputs.
        let y = Tensor(shape: [1, 1, 1, 4], scalars: [1, 2, 3, 4])
        #expect(
            y.maxPool2d(kernel: Size2D(height: 1, width: 2), padding: Padding2D(top: 0, left: 0, bottom: 0, right: 1), ceilMode: true).scalars
                == [2, 4])
        #expect(y.averagePool2d(kernel: Size2D(height: 1, width: 3), stride: 2, ceilMode: true).shape == [1, 1, 1, 2])
    }

    @Test func averagePoolPaddingCounts() {
        let x = Tensor(shape: [1, 1, 2, 2], scalars: [1, 2, 3, 4])
        // Kernel 2, stride 1, padding 1 → 3x3. The corner window holds only x[0][0]=1.
        let included = x.averagePool2d(kernel: 2, stride: 1, padding: 1, countIncludePad: true)
        let excluded = x.averagePool2d(kernel: 2, stride: 1, padding: 1, countIncludePad: false)
        #expect(included.shape == [1, 1, 3, 3])
        #expect(included.scalars == [0.25, 0.75, 0.5, 1, 2.5, 1.5, 0.75, 1.75, 1])
        #expect(excluded.scalars == [1, 1.5, 2, 2, 2.5, 3, 3, 3.5, 4])
    }

    @Test func globalAveragePool() {
        let x = Tensor(shape: [2, 1, 1, 3], scalars: [1, 2, 3, 4, 5, 9])
        #expect(x.globalAveragePool2d() == Tensor(shape: [2, 1, 1, 1], scalars: [2, 6]))
    }

    @Test func globalMaxPool() {
        let x = Tensor(shape: [1, 2, 1, 3], scalars: [1, 7, 3, -4, -2, -9])
        #expect(x.globalMaxPool2d() == Tensor(shape: [1, 2, 1, 1], scalars: [7, -2]))
        let (_, gradient) = valueAndGradient(at: x) { $0.globalMaxPool2d() }
        #expect(gradient.scalars == [0, 1, 0, 0, 1, 0])
    }

    @Test(arguments: [
        (Size2D(2), Size2D(2), Padding2D.zero, Size2D(1), false),
        (Size2D(3), Size2D(2), Padding2D(1), Size2D(1), true),
        (Size2D(height: 2, width: 3), Size2D(height: 3, width: 1), Padding2D(top: 1, left: 0, bottom: 0, right: 1), Size2D(1), true),
        (Size2D(2), Size2D(1), Padding2D.zero, Size2D(2), false),
        (Size2D(1), Size2D(3), Padding2D.zero, Size2D(1), false),
    ])
    func maxPoolGradient(kernel: Size2D, stride: Size2D, padding: Padding2D, dilation: Size2D, ceil: Bool) {
        let x = distinctValues([2, 2, 5, 6], seed: 3)
        expectGradientMatchesFiniteDifferences(at: x) {
            $0.maxPool2d(kernel: kernel, stride: stride, padding: padding, dilation: dilation, ceilMode: ceil)
        }
    }

    @Test(arguments: [
        (Size2D(2), Size2D(2), Padding2D.zero, false, true),
        (Size2D(3), Size2D(2), Padding2D(1), true, true),
        (Size2D(3), Size2D(2), Padding2D(1), true, false),
        (Size2D(height: 2, width: 3), Size2D(height: 3, width: 1), Padding2D(top: 1, left: 0, bottom: 0, right: 2), false, false),
    ])
    func averagePoolGradient(kernel: Size2D, stride: Size2D, padding: Padding2D, ceil: Bool, include: Bool) {
        var generator = RandomGenerator(seed: 2)
        let x = Tensor.uniform([2, 2, 5, 6], in: -1...1, using: &generator)
        expectGradientMatchesFiniteDifferences(at: x) {
            $0.averagePool2d(kernel: kernel, stride: stride, padding: padding, ceilMode: ceil, countIncludePad: include)
        }
    }

    @Test func globalAveragePoolGradientAndOneByOne() {
        var generator = RandomGenerator(seed: 4)
        expectGradientMatchesFiniteDifferences(at: Tensor.uniform([2, 3, 4, 5], in: -1...1, using: &generator)) {
            $0.globalAveragePool2d()
        }
        let single = Tensor.uniform([1, 2, 1, 1], in: -1...1, using: &generator)
        #expect(single.globalAveragePool2d() == single)
        #expect(single.maxPool2d(kernel: 1) == single)
        expectGradientMatchesFiniteDifferences(at: single) { $0.maxPool2d(kernel: 3, stride: 1, padding: 1) }
    }
}

@Suite struct PaddingTests {
    let row = Tensor(shape: [1, 1, 1, 4], scalars: [1, 2, 3, 4])

    @Test func modesHandComputed() {
        let sides = Padding2D(top: 0, left: 2, bottom: 0, right: 3)
        #expect(row.padded(sides).scalars == [0, 0, 1, 2, 3, 4, 0, 0, 0])
        #expect(row.padded(sides, mode: .constant(7)).scalars == [7, 7, 1, 2, 3, 4, 7, 7, 7])
        #expect(row.padded(sides, mode: .reflect).scalars == [3, 2, 1, 2, 3, 4, 3, 2, 1])
        #expect(row.padded(sides, mode: .replicate).scalars == [1, 1, 1, 2, 3, 4, 4, 4, 4])
        let column = Tensor(shape: [1, 1, 3, 1], scalars: [1, 2, 3])
        #expect(column.padded(Padding2D(top: 1, left: 0, bottom: 2, right: 0), mode: .reflect).scalars == [2, 1, 2, 3, 2, 1])
    }

    @Test(arguments: [PaddingMode.zero, .constant(-2), .reflect, .replicate])
    func gradients(mode: PaddingMode) {
        var generator = RandomGenerator(seed: 6)
        let x = Tensor.uniform([2, 2, 3, 4], in: -1...1, using: &generator)
        expectGradientMatchesFiniteDifferences(at: x) {
            $0.padded(Padding2D(top: 2, left: 1, bottom: 0, right: 3), mode: mode)
        }
    }

    @Test func replicateOfOnePixel() {
        let x = Tensor(shape: [1, 1, 1, 1], scalars: [5])
        #expect(x.padded(2, mode: .replicate) == Tensor(shape: [1, 1, 5, 5], repeating: 5))
        expectGradientMatchesFiniteDifferences(at: x) { $0.padded(2, mode: .replicate) }
    }
}
