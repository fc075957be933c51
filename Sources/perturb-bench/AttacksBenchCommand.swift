import ArgumentParser
import Attacks
import Foundation
import NeuralNetworks
import Tensors

/// `perturb-bench attacks`: seconds per batch for FGSM, PGD-10 and C&W with
/// 100 Adam steps on a Fashion-MNIST-sized perceptron with seeded weights
/// (the shipped models join when they land).
struct AttacksBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attacks",
        abstract: "Seconds per batch of 32 1x28x28 images: FGSM, PGD-10, C&W-100 on a 784-256-10 perceptron."
    )

    @Option(help: "Timed repeats of each attack; the median is reported.")
    var repeats = 3

    @Option(help: "Images per batch.")
    var batch = 32

    func run() throws {
        var generator = RandomGenerator(seed: 1)
        let victim = Victim(model: BenchPerceptron(inputs: 784, hidden: 256, classes: 10, using: &generator))
        let images = Tensor.uniform([batch, 1, 28, 28], using: &generator)
        let labels = victim.logits(images).argmax(alongAxis: 1)
        let attacks: [(String, any Attack)] = [
            ("fgsm", FGSM(epsilon: 0.1)),
            ("pgd-10", PGD(ball: .lInfinity(epsilon: 0.1), stepSize: 0.01, steps: 10)),
            ("cw-l2-100", CarliniWagnerL2(steps: 100, binarySearchSteps: 1)),
        ]
        print("attacks: batch \(batch) of 1x28x28, 784-256-10 perceptron, median of \(repeats)")
        print("| attack | seconds per batch | success |")
        print("|---|---:|---:|")
        for (name, attack) in attacks {
            var times: [Double] = []
            var success = 0.0
            for _ in 0..<max(1, repeats) {
                var seeded = RandomGenerator(seed: 7)
                let start = DispatchTime.now().uptimeNanoseconds
                let result = try attack.run(on: images, labels: labels, victim: victim, using: &seeded)
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                success = result.successRate
            }
            print(String(format: "| %@ | %.4f | %.2f |", name, times.sorted()[times.count / 2], success))
        }
    }
}

/// linear → relu → linear on flattened images, with uniform seeded weights.
final class BenchPerceptron: Layer {
    let parameters: [Parameter]

    init(inputs: Int, hidden: Int, classes: Int, using generator: inout RandomGenerator) {
        let (a, b) = (1 / Float(inputs).squareRoot(), 1 / Float(hidden).squareRoot())
        parameters = [
            Parameter(name: "hidden.weight", value: Tensor.uniform([hidden, inputs], in: -a...a, using: &generator)),
            Parameter(name: "hidden.bias", value: Tensor.zeros([hidden])),
            Parameter(name: "output.weight", value: Tensor.uniform([classes, hidden], in: -b...b, using: &generator)),
            Parameter(name: "output.bias", value: Tensor.zeros([classes])),
        ]
    }

    func callAsFunction(_ input: Tensor, mode: ForwardMode) -> Tensor {
        let hidden = linear(input.flattened(), weight: parameters[0].current, bias: parameters[1].current).relu()
        return linear(hidden, weight: parameters[2].current, bias: parameters[3].current)
    }
}
