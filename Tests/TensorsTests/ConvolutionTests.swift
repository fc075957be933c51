import Testing
@testable import Tensors

/// One convolution configuration for the parameterised tests.
struct ConvolutionCase: CustomTestStringConvertible, Sendable {
    var batch = 1, channels = 2, height = 5, width = 5, outputChannels = 3
    var kernel = Size2D(3), stride = Size2D(1), padding = Padding2D.zero, dilation = Size2D(1), groups = 1
    var bias = true
    var name: String
    var testDescription: String { name }

    var inputShape: [Int] { [batch, channels, height, width] }
    var weightShape: [Int] { [outputChannels, channels / groups, kernel.height, kernel.width] }
}

let convolutionCases: [ConvolutionCase] = [
    ConvolutionCase(name: "plain 3x3"),
    ConvolutionCase(batch: 2, padding: 1, name: "padded, batch 2"),
    ConvolutionCase(height: 7, width: 6, stride: Size2D(height: 2, width: 3), name: "stride 2x3"),
    ConvolutionCase(height: 7, width: 7, kernel: 2, stride: 3, name: "stride > kernel"),
    ConvolutionCase(height: 7, width: 8, dilation: Size2D(height: 2, width: 3), name: "dilation 2x3"),
    ConvolutionCase(padding: Padding2D(top: 2, left: 0, bottom: 1, right: 3), name: "asymmetric padding"),
    ConvolutionCase(channels: 4, outputChannels: 6, groups: 2, name: "2 groups"),
    ConvolutionCase(channels: 3, outputChannels: 3, padding: 1, groups: 3, name: "depthwise"),
    ConvolutionCase(
        batch: 2, channels: 2, height: 6, width: 5, outputChannels: 4, stride: 2, padding: Padding2D(top: 1, left: 2, bottom: 0, right: 1),
        dilation: 2, groups: 2, name: "depthwise multiplier 2, stride, dilation"),
    ConvolutionCase(
        batch: 2, channels: 3, height: 6, width: 21, outputChannels: 6, padding: Padding2D(top: 1, left: 2, bottom: 0, right: 1),
        dilation: Size2D(height: 1, width: 2), groups: 3, name: "wide depthwise (vector blocks and borders)"),
    ConvolutionCase(
        channels: 2, height: 9, width: 12, outputChannels: 3, kernel: Size2D(height: 5, width: 7),
        stride: Size2D(height: 2, width: 1), padding: Padding2D(top: 2, left: 3, bottom: 1, right: 2), name: "wide 5x7 kernel"),
    ConvolutionCase(
        channels: 1, height: 6, width: 20, outputChannels: 2, kernel: Size2D(height: 1, width: 9), padding: Padding2D(height: 0, width: 4),
        name: "9 wide kernel"),
    ConvolutionCase(height: 1, width: 1, kernel: 1, name: "1x1 image, 1x1 kernel"),
    ConvolutionCase(height: 1, width: 1, kernel: 3, padding: 1, name: "1x1 image, padded 3x3"),
    ConvolutionCase(batch: 3, channels: 3, height: 4, width: 3, outputChannels: 2, kernel: 1, bias: false, name: "pointwise, no bias"),
    ConvolutionCase(channels: 1, height: 5, width: 9, outputChannels: 2, kernel: Size2D(height: 2, width: 4), padding: Padding2D(height: 0, width: 2), name: "rectangular kernel"),
]

@Suite struct ConvolutionTests {
    func inputs(_ c: ConvolutionCase, seed: UInt64 = 5) -> (Tensor, Tensor, Tensor?) {
        var generator = RandomGenerator(seed: seed)
        let x = Tensor.uniform(c.inputShape, in: -1...1, using: &generator)
        let w = Tensor.uniform(c.weightShape, in: -1...1, using: &generator)
        let b = c.bias ? Tensor.uniform([c.outputChannels], in: -1...1, using: &generator) : nil
        return (x, w, b)
    }

    func convolve(_ c: ConvolutionCase, _ x: Tensor, _ w: Tensor, _ b: Tensor?) -> Tensor {
        conv2d(x, weight: w, bias: b, stride: c.stride, padding: c.padding, dilation: c.dilation, groups: c.groups)
    }

    @Test func handComputedSmallCase() {
        // 1x1x3x3 input 1…9, 2x2 kernel [[1, 0], [0, -1]], bias 10:
        // out[i][j] = x[i][j] − x[i+1][j+1] + 10 = −4 + 10 = 6 everywhere.
        let x = Tensor(shape: [1, 1, 3, 3], scalars: (1...9).map(Float.init))
        let w = Tensor(shape: [1, 1, 2, 2], scalars: [1, 0, 0, -1])
        let y = conv2d(x, weight: w, bias: Tensor([10]))
        #expect(y == Tensor(shape: [1, 1, 2, 2], scalars: [6, 6, 6, 6]))
        // Zero padding 1, stride 2: each output sees at most the two taps that
        // land inside: (0,0) → −x[0][0]; (0,1) → −x[0][2]; (1,0) → −x[2][0];
        // (1,1) → x[1][1] − x[2][2].
        let padded = conv2d(x, weight: w, stride: 2, padding: 1)
        #expect(padded.shape == [1, 1, 2, 2])
        #expect(padded.scalars == [-1, -3, -7, 5 - 9])
    }

    @Test(arguments: convolutionCases)
    func forwardMatchesDirectConvolution(_ c: ConvolutionCase) {
        let (x, w, b) = inputs(c)
        let expected = SpatialReference.conv2d(
            x, w, b, stride: c.stride, padding: c.padding, dilation: c.dilation, groups: c.groups)
        expectClose(convolve(c, x, w, b), expected)
    }

    @Test(arguments: convolutionCases)
    func gradientsMatchFiniteDifferences(_ c: ConvolutionCase) {
        let (x, w, b) = inputs(c)
        expectGradientMatchesFiniteDifferences(at: x) { convolve(c, $0, w, b) }
        expectGradientMatchesFiniteDifferences(at: w) { convolve(c, x, $0, b) }
        if let b {
            expectGradientMatchesFiniteDifferences(at: b) { convolve(c, x, w, $0) }
        }
    }

    @Test func largeBatchUsesTheTiledPathsAndStillMatches() {
        // Enough positions and channels that work is split over images and tiles.
        let c = ConvolutionCase(batch: 5, channels: 8, height: 33, width: 31, outputChannels: 16, padding: 1, name: "large")
        let (x, w, b) = inputs(c)
        let expected = SpatialReference.conv2d(x, w, b, stride: 1, padding: 1, dilation: 1, groups: 1)
        expectClose(convolve(c, x, w, b), expected)
        // Backward against the reference adjoints through a projected sum.
        let seed = Tensor.uniform(expected.shape, in: -1...1, using: &rng)
        let (xt, wt) = (x.trackingGradient(), w.trackingGradient())
        let grads = gradients(of: convolve(c, xt, wt, b), withRespectTo: [xt, wt], seed: seed)
        // Weight gradient = Σ over images; compare with per-image sums.
        var summed = Tensor.zeros(w.shape)
        for image in 0..<5 {
            let plane = 8 * 33 * 31, outPlane = 16 * 33 * 31
            let xi = Tensor(shape: [1, 8, 33, 31], scalars: Array(x.scalars[(image * plane)..<((image + 1) * plane)]))
            let si = Tensor(shape: [1, 16, 33, 31], scalars: Array(seed.scalars[(image * outPlane)..<((image + 1) * outPlane)]))
            let wi = w.trackingGradient()
            let gi = gradients(of: conv2d(xi, weight: wi, padding: 1), withRespectTo: [wi], seed: si)[0]
            summed = summed.accumulating(gi)
        }
        expectClose(grads[1], summed, tolerance: 1e-4)
        #expect(grads[0].shape == x.shape)
    }

    @Test func onnxAttributeLists() {
        #expect(Padding2D(onnxPads: [1, 2, 3, 4]) == Padding2D(top: 1, left: 2, bottom: 3, right: 4))
        #expect(Size2D([3, 5]) == Size2D(height: 3, width: 5))
    }

    @Test func samePaddingKeepsTheSizeOverStride() {
        // 7 wide, kernel 3, stride 2: 4 outputs need (4−1)·2 + 3 − 7 = 2 → 1 + 1.
        #expect(Padding2D.same(height: 7, width: 7, kernel: 3, stride: 2) == Padding2D(1))
        // 6 wide, kernel 3, stride 2: 3 outputs need 1: SAME_UPPER puts it after.
        #expect(Padding2D.same(height: 6, width: 6, kernel: 3, stride: 2) == Padding2D(top: 0, left: 0, bottom: 1, right: 1))
        #expect(
            Padding2D.same(height: 6, width: 5, kernel: 3, stride: 2, extraBefore: true)
                == Padding2D(top: 1, left: 1, bottom: 0, right: 1))
        let x = Tensor.zeros([1, 1, 6, 5])
        let w = Tensor.zeros([1, 1, 3, 3])
        #expect(conv2d(x, weight: w, stride: 2, padding: .same(height: 6, width: 5, kernel: 3, stride: 2)).shape == [1, 1, 3, 3])
    }

    @Test func imagesLargerThanTheColumnBudgetAreTiled() {
        // 16 channels × 3×3 × 90·90 positions = 1.17M column values > the 1M
        // budget: the forward and weight gradient split positions into tiles,
        // the input gradient splits channels.
        var generator = RandomGenerator(seed: 17)
        let x = Tensor.uniform([1, 16, 90, 90], in: -1...1, using: &generator)
        let w = Tensor.uniform([4, 16, 3, 3], in: -1...1, using: &generator)
        #expect(ConvolutionKernels.positionSplits(
            .forConvolution(input: x.shape, weight: w.shape, stride: 1, padding: 1, dilation: 1, groups: 1, operation: "test")) >= 2)
        let y = conv2d(x, weight: w, padding: 1)
        expectClose(y, SpatialReference.conv2d(x, w, nil, stride: 1, padding: 1, dilation: 1, groups: 1), tolerance: 2e-5)
        let seed = Tensor.uniform(y.shape, in: -1...1, using: &generator)
        let (xt, wt) = (x.trackingGradient(), w.trackingGradient())
        let grads = gradients(of: conv2d(xt, weight: wt, padding: 1), withRespectTo: [xt, wt], seed: seed)
        // The input gradient is the transposed convolution of the seed (direct scatter reference).
        expectClose(
            grads[0],
            SpatialReference.transposedConv2d(seed, w, nil, stride: 1, padding: 1, outputPadding: 0, dilation: 1, groups: 1),
            tolerance: 2e-5)
        // The weight gradient straight from its definition.
        var expected = [Double](repeating: 0, count: w.scalarCount)
        for o in 0..<4 {
            for c in 0..<16 {
                for a in 0..<3 {
                    for b in 0..<3 {
                        var total = 0.0
                        for row in 0..<90 {
                            let iy = row + a - 1
                            guard iy >= 0 && iy < 90 else { continue }
                            for column in 0..<90 {
                                let ix = column + b - 1
                                guard ix >= 0 && ix < 90 else { continue }
                                total += Double(seed.scalars[(o * 90 + row) * 90 + column]) * Double(x.scalars[(c * 90 + iy) * 90 + ix])
                            }
                        }
                        expected[((o * 16 + c) * 3 + a) * 3 + b] = total
                    }
                }
            }
        }
        expectClose(grads[1], Tensor(shape: w.shape, scalars: expected.map { Float($0) }), tolerance: 2e-5)
    }

    @Test func onlyRequestedGradientsAreReturned() {
        let c = convolutionCases[1]
        let (x, w, b) = inputs(c)
        let xt = x.trackingGradient()
        let y = convolve(c, xt, w, b)
        #expect(y.isTrackingGradient)
        #expect(!convolve(c, x, w, b).isTrackingGradient)
        #expect(gradients(of: y, withRespectTo: [xt])[0].shape == x.shape)
    }

    @Test func deterministicAcrossRuns() {
        let c = ConvolutionCase(batch: 4, channels: 6, height: 12, width: 12, outputChannels: 8, padding: 1, name: "det")
        let (x, w, b) = inputs(c)
        let first = valueAndGradients(at: [x, w]) { convolve(c, $0[0], $0[1], b) }
        let second = valueAndGradients(at: [x, w]) { convolve(c, $0[0], $0[1], b) }
        #expect(first.value == second.value)
        #expect(first.gradients == second.gradients)
    }
}

nonisolated(unsafe) private var rng = RandomGenerator(seed: 99)

/// Transposed convolution configurations: (stride, padding, outputPadding, dilation, groups).
let transposedCases: [ConvolutionCase] = [
    ConvolutionCase(height: 3, width: 4, name: "plain"),
    ConvolutionCase(height: 3, width: 3, stride: 2, padding: 1, name: "stride 2, padding 1"),
    ConvolutionCase(height: 2, width: 3, stride: Size2D(height: 3, width: 2), padding: Padding2D(top: 0, left: 1, bottom: 2, right: 0), name: "asymmetric"),
    ConvolutionCase(channels: 4, height: 3, width: 3, outputChannels: 6, dilation: 2, groups: 2, name: "groups, dilation"),
    ConvolutionCase(channels: 3, height: 4, width: 4, outputChannels: 3, stride: 2, groups: 3, name: "depthwise"),
    ConvolutionCase(height: 1, width: 1, name: "1x1 input"),
]

@Suite struct TransposedConvolutionTests {
    func inputs(_ c: ConvolutionCase) -> (Tensor, Tensor, Tensor?) {
        var generator = RandomGenerator(seed: 8)
        let x = Tensor.uniform(c.inputShape, in: -1...1, using: &generator)
        let w = Tensor.uniform(
            [c.channels, c.outputChannels / c.groups, c.kernel.height, c.kernel.width], in: -1...1, using: &generator)
        let b = c.bias ? Tensor.uniform([c.outputChannels], in: -1...1, using: &generator) : nil
        return (x, w, b)
    }

    func outputPadding(_ c: ConvolutionCase) -> Size2D {
        Size2D(height: c.stride.height > 1 ? 1 : 0, width: c.stride.width > 1 ? 1 : 0)
    }

    func apply(_ c: ConvolutionCase, _ x: Tensor, _ w: Tensor, _ b: Tensor?) -> Tensor {
        transposedConv2d(
            x, weight: w, bias: b, stride: c.stride, padding: c.padding, outputPadding: outputPadding(c),
            dilation: c.dilation, groups: c.groups)
    }

    @Test(arguments: transposedCases)
    func forwardMatchesDirectScatter(_ c: ConvolutionCase) {
        let (x, w, b) = inputs(c)
        let expected = SpatialReference.transposedConv2d(
            x, w, b, stride: c.stride, padding: c.padding, outputPadding: outputPadding(c), dilation: c.dilation,
            groups: c.groups)
        expectClose(apply(c, x, w, b), expected)
    }

    @Test(arguments: transposedCases)
    func gradientsMatchFiniteDifferences(_ c: ConvolutionCase) {
        let (x, w, b) = inputs(c)
        expectGradientMatchesFiniteDifferences(at: x) { apply(c, $0, w, b) }
        expectGradientMatchesFiniteDifferences(at: w) { apply(c, x, $0, b) }
        if let b { expectGradientMatchesFiniteDifferences(at: b) { apply(c, x, w, $0) } }
    }

    @Test func isTheAdjointOfConvolution() {
        // ⟨conv(x), y⟩ = ⟨x, convᵀ(y)⟩ for the same weights.
        var generator = RandomGenerator(seed: 4)
        let x = Tensor.uniform([2, 3, 7, 6], in: -1...1, using: &generator)
        let w = Tensor.uniform([4, 3, 3, 3], in: -1...1, using: &generator)
        let y = conv2d(x, weight: w, stride: 2, padding: 1)
        let r = Tensor.uniform(y.shape, in: -1...1, using: &generator)
        let back = transposedConv2d(r, weight: w, stride: 2, padding: 1, outputPadding: Size2D(height: 0, width: 1))
        #expect(back.shape == x.shape)
        let left = zip(y.scalars, r.scalars).reduce(0.0) { $0 + Double($1.0 * $1.1) }
        let right = zip(x.scalars, back.scalars).reduce(0.0) { $0 + Double($1.0 * $1.1) }
        #expect(abs(left - right) < 1e-3 * max(1, abs(left)))
    }
}
