import Attacks
import Tensors
import Testing

@Suite struct DiverseInputsTests {
    let images = SyntheticTask.batch.images
    let labels = SyntheticTask.batch.labels

    @Test func withoutDiversityItIsTheBasicIterativeMethod() throws {
        var first = RandomGenerator(seed: 2), second = RandomGenerator(seed: 2)
        let diverse = DiverseInputsFGSM(
            epsilon: 0.1, stepSize: 0.02, steps: 6, diversity: InputDiversity(probability: 0))
        let basic = BasicIterativeMethod(epsilon: 0.1, stepSize: 0.02, steps: 6)
        let a = try diverse.run(on: images, labels: labels, victim: SyntheticTask.victim, using: &first)
        let b = try basic.run(on: images, labels: labels, victim: SyntheticTask.victim, using: &second)
        #expect(a.adversarial == b.adversarial)
    }

    @Test func inputDiversityShrinksAndPadsBackToTheSameSize() {
        let ones = Tensor.ones([2, 3, 10, 10])
        var generator = RandomGenerator(seed: 4)
        let transform = InputDiversity(probability: 1, resizeRatio: 0.5)
        for _ in 0..<5 {
            let output = transform(ones, using: &generator)
            #expect(output.shape == ones.shape)
            let zeros = output.scalars.filter { $0 == 0 }.count
            #expect(zeros > 0, "the zero border of the padding")
            #expect(output.scalars.allSatisfy { $0 >= 0 && $0 <= 1 + 1e-6 })
        }
        var never = RandomGenerator(seed: 4)
        #expect(InputDiversity(probability: 0)(ones, using: &never) == ones)
    }

    @Test func alwaysDiverseStillFoolsTheModelInsideTheBall() throws {
        let attack = DiverseInputsFGSM(
            epsilon: 0.3, stepSize: 0.03, steps: 20, decay: 1, diversity: InputDiversity(probability: 1, resizeRatio: 0.75))
        var first = RandomGenerator(seed: 9), second = RandomGenerator(seed: 9)
        let a = try attack.run(on: images, labels: labels, victim: SyntheticTask.victim, using: &first)
        let b = try attack.run(on: images, labels: labels, victim: SyntheticTask.victim, using: &second)
        #expect(a.adversarial == b.adversarial)
        expectInsideLInfinityBall(a.adversarial, around: images, epsilon: 0.3)
        #expect(a.successRate >= 0.75)
    }
}
