import Testing
@testable import Tensors

/// Shape mismatches stop the process (preconditions) rather than computing
/// garbage; these exit tests run each case in a child process.
@Suite struct PreconditionTests {
    @Test func mismatchedBroadcastStops() async {
        await #expect(processExitsWith: .failure) {
            _ = Tensor.zeros([2, 3]) + Tensor.zeros([4])
        }
    }

    @Test func mismatchedMatrixProductStops() async {
        await #expect(processExitsWith: .failure) {
            _ = matmul(Tensor.zeros([2, 3]), Tensor.zeros([4, 5]))
        }
    }

    @Test func mismatchedLinearWeightStops() async {
        await #expect(processExitsWith: .failure) {
            _ = linear(Tensor.zeros([2, 3]), weight: Tensor.zeros([3, 4]))
        }
    }

    @Test func labelOutOfRangeStops() async {
        await #expect(processExitsWith: .failure) {
            _ = crossEntropy(logits: Tensor.zeros([2, 3]), labels: [0, 3])
        }
    }

    @Test func mismatchedConcatenationStops() async {
        await #expect(processExitsWith: .failure) {
            _ = concatenate([Tensor.zeros([2, 3]), Tensor.zeros([3, 3])], alongAxis: 1)
        }
    }
}
