import Testing
@testable import Tensors

@Suite struct GridSampleTests {
    let square = Tensor(shape: [1, 1, 2, 2], scalars: [1, 2, 3, 4])

    func identity(batch: Int) -> Tensor {
        Tensor(shape: [batch, 2, 3], scalars: Array((0..<batch).map { _ in [Float(1), 0, 0, 0, 1, 0] }.joined()))
    }

    @Test(arguments: [false, true])
    func identityAffineGridReproducesTheInput(alignCorners: Bool) {
        var generator = RandomGenerator(seed: 21)
        let x = Tensor.uniform([2, 3, 5, 7], in: -1...1, using: &generator)
        let grid = affineGrid(identity(batch: 2), height: 5, width: 7, alignCorners: alignCorners)
        expectClose(gridSample(x, grid: grid, alignCorners: alignCorners), x, tolerance: 1e-5)
        expectClose(gridSample(x, grid: grid, alignCorners: alignCorners, padding: .border), x, tolerance: 1e-5)
    }

    @Test func handComputedPoints() {
        // align corners: (−1,−1) is pixel (0,0); (0,0) is the centre of the four.
        let grid = Tensor(shape: [1, 1, 3, 2], scalars: [-1, -1, 0, 0, -2, 0])
        #expect(gridSample(square, grid: grid, alignCorners: true).scalars == [1, 2.5, 1])
        // (−2, 0) is pixel (−0.5, 0.5): half outside. Zeros: ½·(½·1 + ½·3); border clamps x to 0.
        #expect(gridSample(square, grid: grid, alignCorners: true, padding: .border).scalars == [1, 2.5, 2])
        // Without align corners (−1,−1) is the outer corner, pixel (−0.5,−0.5): a quarter of 1.
        #expect(gridSample(square, grid: Tensor(shape: [1, 1, 1, 2], scalars: [-1, -1])).scalars == [0.25])
    }

    @Test func translationByOnePixelShiftsTheImage() {
        let x = Tensor(shape: [1, 1, 1, 4], scalars: [1, 2, 3, 4])
        // Without align corners one pixel is 2/W = 0.5 in normalised units.
        let theta = Tensor(shape: [1, 2, 3], scalars: [1, 0, 0.5, 0, 1, 0])
        let shifted = gridSample(x, grid: affineGrid(theta, height: 1, width: 4))
        #expect(shifted.scalars == [2, 3, 4, 0])
    }

    /// A grid whose pixel coordinates have fractional parts in [0.2, 0.8], so
    /// no point is within the finite-difference step of a bilinear kink; some
    /// points lie outside the image.
    func smoothGrid(batch: Int, outHeight: Int, outWidth: Int, height: Int, width: Int, alignCorners: Bool, seed: UInt64) -> Tensor {
        var generator = RandomGenerator(seed: seed)
        var values: [Float] = []
        for _ in 0..<(batch * outHeight * outWidth) {
            for size in [width, height] {
                let pixel = Float(generator.integer(below: size + 3) - 2) + generator.uniform(in: 0.2...0.8)
                values.append(alignCorners ? 2 * pixel / Float(size - 1) - 1 : (2 * pixel + 1) / Float(size) - 1)
            }
        }
        return Tensor(shape: [batch, outHeight, outWidth, 2], scalars: values)
    }

    @Test(arguments: [(false, GridSamplePadding.zeros), (true, .zeros), (false, .border), (true, .border)])
    func gradientsWithRespectToInputAndGrid(alignCorners: Bool, padding: GridSamplePadding) {
        var generator = RandomGenerator(seed: 22)
        let x = Tensor.uniform([2, 2, 4, 5], in: -1...1, using: &generator)
        let grid = smoothGrid(batch: 2, outHeight: 3, outWidth: 4, height: 4, width: 5, alignCorners: alignCorners, seed: 23)
        expectGradientMatchesFiniteDifferences(at: x) { gridSample($0, grid: grid, alignCorners: alignCorners, padding: padding) }
        // Step 1e-3 in normalised units is under 0.01 pixels, well inside the
        // [0.2, 0.8] fractional band.
        expectGradientMatchesFiniteDifferences(at: grid, step: 1e-3, tolerance: 5e-3) {
            gridSample(x, grid: $0, alignCorners: alignCorners, padding: padding)
        }
    }

    @Test func affineAndPerspectiveGridGradients() {
        var generator = RandomGenerator(seed: 24)
        let theta = Tensor.uniform([2, 2, 3], in: -1...1, using: &generator)
        expectGradientMatchesFiniteDifferences(at: theta) { affineGrid($0, height: 3, width: 4) }
        var h = Tensor.uniform([2, 3, 3], in: -0.2...0.2, using: &generator)
        for image in 0..<2 { h.scalars[image * 9 + 0] += 1; h.scalars[image * 9 + 4] += 1; h.scalars[image * 9 + 8] += 2 }
        expectGradientMatchesFiniteDifferences(at: h, step: 1e-3) { perspectiveGrid($0, height: 4, width: 3, alignCorners: true) }
    }

    @Test func perspectiveWithAffineLastRowEqualsAffineGrid() {
        let theta = Tensor(shape: [1, 2, 3], scalars: [0.8, -0.3, 0.1, 0.2, 1.1, -0.2])
        let homography = Tensor(shape: [1, 3, 3], scalars: [1.6, -0.6, 0.2, 0.4, 2.2, -0.4, 0, 0, 2])
        expectClose(perspectiveGrid(homography, height: 3, width: 5), affineGrid(theta, height: 3, width: 5), tolerance: 1e-6)
    }

    @Test func deterministic() {
        var generator = RandomGenerator(seed: 25)
        let x = Tensor.uniform([2, 3, 6, 6], in: -1...1, using: &generator)
        let grid = Tensor.uniform([2, 4, 4, 2], in: -1.2...1.2, using: &generator)
        let a = valueAndGradients(at: [x, grid]) { gridSample($0[0], grid: $0[1]) }
        let b = valueAndGradients(at: [x, grid]) { gridSample($0[0], grid: $0[1]) }
        #expect(a.value == b.value && a.gradients == b.gradients)
    }
}

@Suite struct ResizeTests {
    @Test func bilinearMatchesPyTorchHalfPixelRule() {
        let x = Tensor(shape: [1, 1, 1, 2], scalars: [0, 1])
        #expect(x.resized(height: 1, width: 4).scalars == [0, 0.25, 0.75, 1])
        // Downsampling 4 → 2 samples at 0.5 and 2.5: means of neighbours.
        let y = Tensor(shape: [1, 1, 1, 4], scalars: [1, 2, 3, 4])
        #expect(y.resized(height: 1, width: 2).scalars == [1.5, 3.5])
    }

    @Test func areaAveragesCoveredPixels() {
        let x = Tensor(shape: [1, 1, 1, 4], scalars: [1, 2, 3, 4])
        #expect(x.resized(height: 1, width: 2, method: .area).scalars == [1.5, 3.5])
        let z = Tensor(shape: [1, 1, 1, 3], scalars: [1, 2, 6])
        #expect(z.resized(height: 1, width: 2, method: .area).scalars == [1.5, 4])
        let square = Tensor(shape: [1, 1, 2, 2], scalars: [1, 2, 3, 6])
        #expect(square.resized(height: 1, width: 1, method: .area).scalars == [3])
    }

    @Test func nearestCopiesTheFloorIndex() {
        let x = Tensor(shape: [1, 1, 1, 3], scalars: [1, 2, 3])
        #expect(x.resized(height: 1, width: 6, method: .nearest).scalars == [1, 1, 2, 2, 3, 3])
        #expect(x.resized(height: 2, width: 2, method: .nearest).scalars == [1, 2, 1, 2])
    }

    @Test(arguments: [ResizeMethod.bilinear, .area, .nearest])
    func sameSizeIsIdentityAndGradientsMatch(method: ResizeMethod) {
        var generator = RandomGenerator(seed: 31)
        let x = Tensor.uniform([2, 2, 5, 4], in: -1...1, using: &generator)
        expectClose(x.resized(height: 5, width: 4, method: method), x, tolerance: 1e-6)
        for (h, w) in [(7, 3), (2, 9), (1, 1), (3, 4)] {
            expectGradientMatchesFiniteDifferences(at: x) { $0.resized(height: h, width: w, method: method) }
        }
        let single = Tensor.uniform([1, 1, 1, 1], in: -1...1, using: &generator)
        #expect(single.resized(height: 3, width: 2, method: method) == Tensor(shape: [1, 1, 3, 2], repeating: single.scalars[0]))
    }
}
