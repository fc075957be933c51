import Attacks
import Tensors
import Testing

@Suite struct DeepFoolTests {
    let images = SyntheticTask.batch.images
    let labels = SyntheticTask.batch.labels

    @Test func crossesTheBoundaryWithLessL2ThanFGSM() throws {
        var generator = RandomGenerator(seed: 1)
        let deepFool = try DeepFool().run(on: images, labels: labels, victim: SyntheticTask.victim, using: &generator)
        let fgsm = try FGSM(epsilon: 0.3).run(on: images, labels: labels, victim: SyntheticTask.victim, using: &generator)
        #expect(deepFool.successRate == 1)
        let predicted = SyntheticTask.model(deepFool.adversarial).argmax(alongAxis: 1)
        #expect(zip(predicted, labels).allSatisfy { $0 != $1 })
        #expect(deepFool.adversarial.scalars.allSatisfy { $0 >= 0 && $0 <= 1 })
        let deepFoolNorms = perturbationNorms(deepFool.adversarial, images)
        let fgsmNorms = perturbationNorms(fgsm.adversarial, images)
        for image in labels.indices where fgsm.outcomes[image].success {
            #expect(deepFoolNorms[image] < fgsmNorms[image])
        }
        #expect(deepFool.outcomes.allSatisfy { ($0.iterations ?? 0) >= 1 })
    }

    @Test func onALinearModelOneStepReachesTheBoundary() throws {
        // Logits ±10·(x − 0.5): from x = 0.3 the boundary is 0.2 away; with
        // overshoot η the step is (0.2 + 10⁻⁴/20)·(1 + η).
        let victim = Victim(model: ThresholdModel(boundary: 0.5))
        let image = Tensor(shape: [1, 1, 1, 1], scalars: [0.3])
        var generator = RandomGenerator(seed: 1)
        let result = try DeepFool(overshoot: 0.02).run(on: image, labels: [0], victim: victim, using: &generator)
        let expected: Float = 0.3 + (0.2 + 1e-4 / 20) * 1.02
        #expect(abs(result.adversarial.scalars[0] - expected) < 1e-5)
        #expect(result.outcomes[0].iterations == 1)
        #expect(result.outcomes[0].success)
    }
}
