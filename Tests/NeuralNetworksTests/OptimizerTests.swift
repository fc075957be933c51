import Testing
import Tensors
@testable import NeuralNetworks

/// The loss Σ (w − target)² / 2 over one parameter, as a recorded operation;
/// its gradient is w − target.
private func halfSquaredDistance(_ weights: Tensor, to target: [Float]) -> Tensor {
    let values = weights.detached().scalars
    let differences = zip(values, target).map { $0 - $1 }
    let loss = differences.reduce(0) { $0 + $1 * $1 } / 2
    return Tensor.recordingOperation(shape: [], scalars: [loss], inputs: [weights]) { gradient, _ in
        [Tensor(shape: weights.shape, scalars: differences.map { $0 * gradient.scalar })]
    }
}

@Suite struct OptimizerTests {
    @Test func sgdWithMomentumAndWeightDecayMatchesHandComputedSteps() {
        let parameter = Parameter(name: "w", value: Tensor([1, -2]))
        var sgd = SGD(learningRate: 0.1, momentum: 0.9, weightDecay: 0.01)
        // Step 1: g = ∇ + λw = [0.5, 0.5] + [0.01, -0.02]; v = g; w -= 0.1 v.
        sgd.update([parameter], along: [Tensor([0.5, 0.5])])
        #expect(abs(parameter.value.scalars[0] - (1 - 0.1 * 0.51)) < 1e-6)
        #expect(abs(parameter.value.scalars[1] - (-2 - 0.1 * 0.48)) < 1e-6)
        // Step 2 with zero gradient: v = 0.9 v + λw.
        let w = parameter.value.scalars
        sgd.update([parameter], along: [Tensor([0, 0])])
        let expected0 = w[0] - 0.1 * (0.9 * 0.51 + 0.01 * w[0])
        #expect(abs(parameter.value.scalars[0] - expected0) < 1e-6)
    }

    @Test func adamFirstStepMovesEachWeightByTheLearningRate() {
        let parameter = Parameter(name: "w", value: Tensor([0, 0, 0]))
        var adam = Adam(learningRate: 0.01)
        adam.update([parameter], along: [Tensor([3, -0.2, 0.001])])
        // With bias correction the first step is lr·g/(|g|+ε) ≈ lr·sign(g).
        let expected: [Float] = [-0.01, 0.01, -0.01]
        #expect(zip(parameter.value.scalars, expected).allSatisfy { abs($0 - $1) < 1e-4 })
    }

    @Test(arguments: ["sgd", "adam"])
    func optimizersMinimiseAQuadratic(name: String) {
        let target: [Float] = [0.5, -1.5, 2]
        let parameter = Parameter(name: "w", value: Tensor([0, 0, 0]))
        var optimizer: any Optimizer = name == "sgd"
            ? SGD(learningRate: 0.1, momentum: 0.9) : Adam(learningRate: 0.05)
        var first: Float = 0, last: Float = 0
        for step in 0..<300 {
            let (loss, gradients) = valueAndGradients(of: [parameter]) {
                halfSquaredDistance(parameter.current, to: target)
            }
            if step == 0 { first = loss.scalar }
            last = loss.scalar
            optimizer.update([parameter], along: gradients)
        }
        #expect(first > 3)
        #expect(last < 1e-3)
    }

    @Test func savedStateResumesExactly() {
        let gradientsPerStep: [[Float]] = [[1, 2], [-0.5, 0.3], [0.2, 0.2], [1, -1]]
        func run(resumeAfter split: Int?) -> [Float] {
            let parameter = Parameter(name: "w", value: Tensor([1, 1]))
            var adam = Adam(learningRate: 0.1, weightDecay: 0.01)
            for (step, gradient) in gradientsPerStep.enumerated() {
                if step == split {
                    let saved = adam.state
                    adam = Adam(learningRate: 0.1, weightDecay: 0.01)
                    adam.state = saved
                }
                adam.update([parameter], along: [Tensor(gradient)])
            }
            return parameter.value.scalars
        }
        #expect(run(resumeAfter: nil) == run(resumeAfter: 2))
    }

    @Test func parameterGradientsAreTakenOnlyInsideTheScope() {
        let parameter = Parameter(name: "w", value: Tensor([3]))
        let (_, gradients) = valueAndGradients(of: [parameter]) { halfSquaredDistance(parameter.current, to: [1]) }
        #expect(gradients[0].scalars == [2])
        #expect(!parameter.current.isTrackingGradient)
    }
}

@Suite struct LearningRateScheduleTests {
    @Test func stepScheduleDecaysEveryInterval() {
        let schedule = LearningRateSchedule.step(every: 10, factor: 0.5)
        #expect(schedule.rate(at: 9, base: 0.1) == 0.1)
        #expect(schedule.rate(at: 10, base: 0.1) == 0.05)
        #expect(schedule.rate(at: 25, base: 0.1) == 0.025)
    }

    @Test func cosineScheduleRunsFromBaseToMinimum() {
        let schedule = LearningRateSchedule.cosine(totalSteps: 100, minimum: 0.001)
        #expect(schedule.rate(at: 0, base: 0.1) == 0.1)
        #expect(abs(schedule.rate(at: 50, base: 0.1) - 0.0505) < 1e-6)
        #expect(abs(schedule.rate(at: 100, base: 0.1) - 0.001) < 1e-7)
        #expect(abs(schedule.rate(at: 150, base: 0.1) - 0.001) < 1e-7)
    }
}
