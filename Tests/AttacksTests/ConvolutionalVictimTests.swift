import Attacks
import Tensors
import Testing

/// The attacks on an RGB convolutional victim (3×8×8 images), labelled with
/// the model's own clean predictions.
@Suite struct ConvolutionalVictimTests {
    let model = TinyCNN(seed: 12)
    let images: Tensor
    let labels: [Int]

    init() {
        var generator = RandomGenerator(seed: 30)
        images = Tensor.uniform([8, 3, 8, 8], using: &generator)
        labels = model(images).argmax(alongAxis: 1)
    }

    @Test func fgsmIsTheSignedGradientStepThroughTheConvolution() throws {
        var generator = RandomGenerator(seed: 1)
        let result = try FGSM(epsilon: 0.05).run(
            on: images, labels: labels, victim: Victim(model: model), using: &generator)
        let (_, gradient) = valueAndGradient(at: images) { x in
            crossEntropy(logits: model(x), labels: labels, reduction: .sum)
        }
        #expect(result.adversarial == (images + gradient.sign() * Float(0.05)).clamped(to: 0...1))
    }

    @Test func pgdAndDeepFoolFoolTheConvolutionalModel() throws {
        var generator = RandomGenerator(seed: 1)
        let victim = Victim(model: model)
        let pgd = try PGD(ball: .lInfinity(epsilon: 0.3), stepSize: 0.03, steps: 30).run(
            on: images, labels: labels, victim: victim, using: &generator)
        expectInsideLInfinityBall(pgd.adversarial, around: images, epsilon: 0.3)
        #expect(pgd.successRate >= 0.75)
        let deepFool = try DeepFool().run(on: images, labels: labels, victim: victim, using: &generator)
        let predicted = model(deepFool.adversarial).argmax(alongAxis: 1)
        #expect(zip(predicted, labels).filter { $0 != $1 }.count == deepFool.outcomes.filter(\.success).count)
        #expect(deepFool.successRate >= 0.75)
    }

    @Test func diverseInputsAreDeterministicOnRGBImages() throws {
        let attack = DiverseInputsFGSM(epsilon: 0.1, stepSize: 0.02, steps: 8, diversity: InputDiversity(probability: 1))
        var first = RandomGenerator(seed: 4), second = RandomGenerator(seed: 4)
        let a = try attack.run(on: images, labels: labels, victim: Victim(model: model), using: &first)
        let b = try attack.run(on: images, labels: labels, victim: Victim(model: model), using: &second)
        #expect(a.adversarial == b.adversarial)
        expectInsideLInfinityBall(a.adversarial, around: images, epsilon: 0.1)
        #expect(a.adversarial != images)
    }
}
