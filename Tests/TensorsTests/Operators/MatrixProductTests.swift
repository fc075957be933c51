import Testing
@testable import Tensors

/// The product of a stack of matrices computed one by one with the portable
/// reference GEMM (not the BLAS), for shapes `[..., M, K]` and `[..., K, N]`
/// whose batch dimensions are already broadcast to `batch`.
private func referenceProduct(_ a: Tensor, _ b: Tensor, batch: [Int]) -> [Float] {
    let (m, k, n) = (a.shape[a.rank - 2], a.shape[a.rank - 1], b.shape[b.rank - 1])
    let fullA = a.broadcasted(to: batch + [m, k]).scalars
    let fullB = b.broadcasted(to: batch + [k, n]).scalars
    var c = [Float](repeating: 0, count: batch.elementCount * m * n)
    for index in 0..<batch.elementCount {
        fullA.withUnsafeBufferPointer { x in
            fullB.withUnsafeBufferPointer { y in
                c.withUnsafeMutableBufferPointer { z in
                    portableMatrixMultiply(
                        transposeA: false, transposeB: false, m: m, n: n, k: k, alpha: 1,
                        a: x.baseAddress! + index * m * k, lda: k, b: y.baseAddress! + index * k * n, ldb: n,
                        beta: 0, c: z.baseAddress! + index * m * n, ldc: n)
                }
            }
        }
    }
    return c
}

@Suite struct MatrixProductTests {
    @Test func handComputedProduct() {
        let a = Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
        let b = Tensor(shape: [3, 2], scalars: [7, 8, 9, 10, 11, 12])
        expectClose(matmul(a, b), shape: [2, 2], [58, 64, 139, 154])
        expectClose(matmul(Tensor([1, 2, 3]), b), shape: [2], [58, 64])
        expectClose(matmul(a, Tensor([1, 0, -1])), shape: [2], [-2, -2])
        expectClose(matmul(Tensor([1, 2, 3]), Tensor([4, 5, 6])), shape: [], [32])
    }

    static let shapePairs: [([Int], [Int])] = [
        ([5, 7], [7, 3]),
        ([1, 1], [1, 1]),
        ([3, 4, 5], [5, 2]),
        ([3, 4, 5], [3, 5, 2]),
        ([2, 1, 3, 4], [5, 4, 1]),
        ([1, 2, 3], [4, 3, 3]),
    ]

    @Test(arguments: shapePairs)
    func matchesThePortableReference(shapeA: [Int], shapeB: [Int]) {
        var generator = RandomGenerator(seed: 61)
        let a = generator.uniform(shapeA)
        let b = generator.uniform(shapeB)
        let batch = broadcastShape(Array(shapeA.dropLast(2)), Array(shapeB.dropLast(2)))
        let product = matmul(a, b)
        #expect(product.shape == batch + [shapeA[shapeA.count - 2], shapeB[shapeB.count - 1]])
        let reference = referenceProduct(a, b, batch: batch)
        #expect(zip(product.scalars, reference).allSatisfy { Swift.abs($0 - $1) < 1e-5 })
        #expect(matmul(a, b) == product, "two runs give identical values")
    }

    @Test(arguments: shapePairs + [([4], [4, 3]), ([2, 3, 4], [4]), ([5], [5])])
    func gradientsMatchFiniteDifferences(shapeA: [Int], shapeB: [Int]) {
        var generator = RandomGenerator(seed: 62)
        let a = generator.uniform(shapeA)
        let b = generator.uniform(shapeB)
        expectGradientMatchesFiniteDifferences(at: a) { matmul($0, b) }
        expectGradientMatchesFiniteDifferences(at: b) { matmul(a, $0) }
    }

    @Test func linearFollowsTheGemmConvention() {
        // weight [out = 2, in = 3]
        let x = Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
        let weight = Tensor(shape: [2, 3], scalars: [1, 0, -1, 0.5, 0.5, 0.5])
        let bias = Tensor([10, 20])
        expectClose(linear(x, weight: weight, bias: bias), shape: [2, 2], [8, 23, 8, 27.5])
        expectClose(linear(x, weight: weight), shape: [2, 2], [-2, 3, -2, 7.5])
        expectClose(linear(Tensor([1, 2, 3]), weight: weight), shape: [2], [-2, 3])
        #expect(linear(x, weight: weight, bias: bias) == matmul(x, weight.transposed()) + bias)
    }

    @Test(arguments: [[4, 3], [2, 3, 3], [3], [1, 3]])
    func linearGradients(inputShape: [Int]) {
        var generator = RandomGenerator(seed: 63)
        let x = generator.uniform(inputShape)
        let weight = generator.uniform([5, 3])
        let bias = generator.uniform([5])
        expectGradientMatchesFiniteDifferences(at: x) { linear($0, weight: weight, bias: bias) }
        expectGradientMatchesFiniteDifferences(at: weight) { linear(x, weight: $0, bias: bias) }
        expectGradientMatchesFiniteDifferences(at: bias) { linear(x, weight: weight, bias: $0) }
        expectGradientMatchesFiniteDifferences(at: weight) { linear(x, weight: $0) }
    }

    @Test func onlyRequestedGradientsAreComputed() {
        let x = Tensor.ones([2, 3])
        let weight = Tensor.ones([4, 3]).trackingGradient()
        let input = x.trackingGradient()
        let output = linear(input, weight: weight)
        let inputGradient = gradients(of: output, withRespectTo: [input])[0]
        expectClose(inputGradient, shape: [2, 3], [Float](repeating: 4, count: 6))
    }
}
