import Testing
@testable import Tensors

@Suite struct FilteringTests {
    @Test func gaussianKernelIsNormalisedSymmetricAndSized() {
        let kernel = Tensor.gaussianKernel(sigma: 1)
        #expect(kernel.shape == [7, 7])
        #expect(abs(kernel.scalars.reduce(0, +) - 1) < 1e-5)
        #expect(kernel[3, 3] == kernel.scalars.max())
        #expect(kernel[0, 2] == kernel[2, 0] && kernel[1, 6] == kernel[5, 0])
        // Ratio of neighbours along an axis: exp(−(0² − 1²)/2) = e^{1/2}.
        #expect(abs(kernel[3, 3] / kernel[3, 4] - 1.6487213) < 1e-4)
        #expect(Tensor.gaussianKernel(sigma: 0) == Tensor(shape: [1, 1], scalars: [1]))
    }

    @Test func motionKernelHandComputed() {
        let horizontal = Tensor.motionBlurKernel(length: 3, angle: 0)
        #expect(horizontal.shape == [3, 3])
        expectClose(horizontal, Tensor(shape: [3, 3], scalars: [0, 0, 0, 1 / 3, 1 / 3, 1 / 3, 0, 0, 0]), tolerance: 1e-6)
        let vertical = Tensor.motionBlurKernel(length: 3, angle: .pi / 2)
        expectClose(vertical, Tensor(shape: [3, 3], scalars: [0, 1 / 3, 0, 0, 1 / 3, 0, 0, 1 / 3, 0]), tolerance: 1e-6)
        // 45°: up and to the right (rows point down), so the anti-diagonal.
        let diagonal = Tensor.motionBlurKernel(length: 5, angle: .pi / 4)
        #expect(diagonal[0, 4] + diagonal[1, 3] > 0 && diagonal[0, 0] == 0 && diagonal[4, 4] == 0)
        #expect(abs(diagonal.scalars.reduce(0, +) - 1) < 1e-5)
        #expect(Tensor.motionBlurKernel(length: 1, angle: 0.3) == Tensor(shape: [1, 1], scalars: [1]))
    }

    @Test func filterHandComputedWithEachPadding() {
        let row = Tensor(shape: [1, 1, 1, 4], scalars: [1, 2, 3, 10])
        let box = Tensor(shape: [1, 3], scalars: [1, 1, 1])
        #expect(row.filtered2d(kernel: box, padding: .zero).scalars == [3, 6, 15, 13])
        #expect(row.filtered2d(kernel: box, padding: .reflect).scalars == [5, 6, 15, 16])
        #expect(row.filtered2d(kernel: box, padding: .replicate).scalars == [4, 6, 15, 23])
        // Even kernel: one column before, none after... ⌊(2−1)/2⌋ = 0 before, 1 after.
        #expect(row.filtered2d(kernel: Tensor(shape: [1, 2], scalars: [1, -1]), padding: .replicate).scalars == [-1, -1, -7, 0])
    }

    @Test func blurPreservesConstantImagesAndMatchesConvolution() {
        let flat = Tensor(shape: [2, 3, 5, 6], repeating: 0.7)
        expectClose(flat.gaussianBlurred(sigma: 1.2), flat, tolerance: 1e-6)
        expectClose(flat.motionBlurred(length: 4, angle: 0.5), flat, tolerance: 1e-6)
        // Zero padding = depthwise conv2d with the kernel copied per channel.
        var generator = RandomGenerator(seed: 41)
        let x = Tensor.uniform([2, 3, 6, 23], in: -1...1, using: &generator)
        let kernel = Tensor.uniform([3, 3], in: -1...1, using: &generator)
        let weight = Tensor(shape: [3, 1, 3, 3], scalars: Array([kernel.scalars, kernel.scalars, kernel.scalars].joined()))
        expectClose(x.filtered2d(kernel: kernel, padding: .zero), conv2d(x, weight: weight, padding: 1, groups: 3))
    }

    @Test(arguments: [PaddingMode.reflect, .replicate, .zero])
    func gradientsForInputAndKernel(padding: PaddingMode) {
        var generator = RandomGenerator(seed: 42)
        let x = Tensor.uniform([2, 2, 5, 4], in: -1...1, using: &generator)
        let shared = Tensor.uniform([3, 2], in: -1...1, using: &generator)
        let perImage = Tensor.uniform([2, 3, 3], in: -1...1, using: &generator)
        expectGradientMatchesFiniteDifferences(at: x) { $0.filtered2d(kernel: shared, padding: padding) }
        expectGradientMatchesFiniteDifferences(at: shared) { x.filtered2d(kernel: $0, padding: padding) }
        expectGradientMatchesFiniteDifferences(at: x) { $0.filtered2d(kernel: perImage, padding: padding) }
        expectGradientMatchesFiniteDifferences(at: perImage) { x.filtered2d(kernel: $0, padding: padding) }
    }

    @Test(arguments: [PaddingMode.reflect, .replicate, .zero])
    func separableGaussianEqualsTheTwoDimensionalFilter(padding: PaddingMode) {
        var generator = RandomGenerator(seed: 43)
        let x = Tensor.uniform([2, 3, 9, 14], in: -1...1, using: &generator)
        expectClose(
            x.gaussianBlurred(sigma: 1.1, padding: padding),
            x.filtered2d(kernel: .gaussianKernel(sigma: 1.1), padding: padding), tolerance: 1e-5)
        expectGradientMatchesFiniteDifferences(at: x) { $0.gaussianBlurred(sigma: 0.8, padding: padding) }
    }

    @Test func perImageKernelsApplyToTheirOwnImage() {
        let x = Tensor(shape: [2, 1, 1, 3], scalars: [1, 2, 3, 1, 2, 3])
        let kernels = Tensor(shape: [2, 1, 1], scalars: [1, 2])
        #expect(x.filtered2d(kernel: kernels).scalars == [1, 2, 3, 2, 4, 6])
    }
}
