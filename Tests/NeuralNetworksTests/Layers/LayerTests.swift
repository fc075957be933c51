import Testing
import Tensors
@testable import NeuralNetworks

/// Forward shapes, known values and seeded initialisation of the built-in layers.
@Suite struct LayerTests {
    @Test func denseComputesTheAffineMap() {
        var generator = RandomGenerator(seed: 1)
        let dense = Dense("fc", inputs: 2, outputs: 2, generator: &generator)
        dense.weight.value = Tensor(shape: [2, 2], scalars: [1, 2, 3, 4])
        dense.bias.value = Tensor([0.5, -1])
        let output = dense(Tensor(shape: [1, 2], scalars: [1, 1]))
        #expect(output == Tensor(shape: [1, 2], scalars: [3.5, 6]))
        #expect(dense.parameters.map(\.name) == ["fc.weight", "fc.bias"])
    }

    @Test func convolutionPadsWithZeros() {
        var generator = RandomGenerator(seed: 1)
        let conv = Conv2D("c", inputChannels: 1, outputChannels: 1, kernelSize: 3, padding: 1, generator: &generator)
        conv.weight.value = .ones([1, 1, 3, 3])
        conv.bias!.value = .zeros([1])
        let output = conv(.ones([1, 1, 3, 3]))
        #expect(output.scalars == [4, 6, 4, 6, 9, 6, 4, 6, 4])
    }

    @Test func convolutionAndPoolingShapes() {
        var generator = RandomGenerator(seed: 2)
        let input = Tensor.uniform([2, 3, 8, 8], using: &generator)
        let strided = Conv2D(
            "c", inputChannels: 3, outputChannels: 4, kernelSize: 3, stride: 2, padding: 1, bias: false,
            generator: &generator)
        #expect(strided(input).shape == [2, 4, 4, 4])
        #expect(strided.parameters.map(\.name) == ["c.weight"])
        #expect(MaxPool2D(kernelSize: 2)(input).shape == [2, 3, 4, 4])
        #expect(AveragePool2D(kernelSize: 2)(input).shape == [2, 3, 4, 4])
        #expect(GlobalAveragePool()(input).shape == [2, 3])
        #expect(Flatten()(input).shape == [2, 192])
    }

    @Test func poolingKnownValues() {
        let input = Tensor(shape: [1, 1, 2, 2], scalars: [1, 5, -2, 4])
        #expect(MaxPool2D(kernelSize: 2)(input).scalars == [5])
        #expect(AveragePool2D(kernelSize: 2)(input).scalars == [2])
        #expect(GlobalAveragePool()(input).scalars == [2])
    }

    @Test func activationsKnownValues() {
        let x = Tensor([-1, 0, 1])
        #expect(ReLU()(x).scalars == [0, 0, 1])
        #expect(LeakyReLU(negativeSlope: 0.1)(x).scalars == [-0.1, 0, 1])
        #expect(Sigmoid()(x).scalars[1] == 0.5)
        #expect(Tanh()(x).scalars[1] == 0)
        let gelu = GELU()(x).scalars
        #expect(abs(gelu[2] - 0.841_344_7) < 1e-6)
        #expect(abs(gelu[0] + 0.158_655_3) < 1e-6)
    }

    @Test func initialisationIsSeededAndBoundedByFanIn() {
        var first = RandomGenerator(seed: 9), second = RandomGenerator(seed: 9)
        let a = Conv2D("c", inputChannels: 4, outputChannels: 8, kernelSize: 3, generator: &first)
        let b = Conv2D("c", inputChannels: 4, outputChannels: 8, kernelSize: 3, generator: &second)
        #expect(a.weight.value == b.weight.value)
        let bound = 1 / Float(36).squareRoot()
        #expect(a.weight.value.scalars.allSatisfy { abs($0) <= bound })
        #expect(a.weight.value.scalars.map(abs).max()! > bound * 0.9)
    }

    @Test func dropoutIsTheIdentityInInferenceAndScalesKeptValuesInTraining() {
        let dropout = Dropout(rate: 0.5, seed: 3)
        let input = Tensor.ones([1000])
        #expect(dropout(input) == input)
        let dropped = dropout(input, mode: .training).scalars
        #expect(Set(dropped) == [0, 2])
        let kept = dropped.filter { $0 > 0 }.count
        #expect((400...600).contains(kept))
        let again = Dropout(rate: 0.5, seed: 3)(input, mode: .training).scalars
        #expect(again == dropped)
    }

    @Test func residualBlockKeepsOrProjectsTheShape() {
        var generator = RandomGenerator(seed: 4)
        let input = Tensor.uniform([2, 8, 6, 6], using: &generator)
        let identity = ResidualBlock("b", inputChannels: 8, outputChannels: 8, generator: &generator)
        #expect(identity.projection == nil)
        #expect(identity(input).shape == [2, 8, 6, 6])
        #expect(identity(input).scalars.allSatisfy { $0 >= 0 })
        let projected = ResidualBlock("p", inputChannels: 8, outputChannels: 16, stride: 2, generator: &generator)
        #expect(projected(input, mode: .training).shape == [2, 16, 3, 3])
        #expect(projected.parameters.map(\.name).contains("p.shortcut.conv.weight"))
        #expect(projected.parameters.map(\.name).contains("p.bn2.running_var"))
    }

    @Test(arguments: Architecture.allCases)
    func architecturesClassifyBothTasks(architecture: Architecture) {
        var generator = RandomGenerator(seed: 5)
        for (channels, side) in [(1, 28), (3, 64)] {
            let model = architecture.build(channels: channels, side: side, classes: 10, seed: 1)
            let images = Tensor.uniform([2, channels, side, side], using: &generator)
            #expect(model(images).shape == [2, 10])
            #expect(Set(model.parameters.map(\.name)).count == model.parameters.count)
        }
    }

    /// The shipped models: the MLP on Fashion-MNIST, the others on both tasks.
    @Test(arguments: [(Architecture.mlp, 1, 28), (.cnn, 1, 28), (.resnet, 1, 28), (.cnn, 3, 64), (.resnet, 3, 64)])
    func shippedModelsStayUnderFiveMegabytes(architecture: Architecture, channels: Int, side: Int) {
        let model = architecture.build(channels: channels, side: side, classes: 10, seed: 1)
        let bytes = model.parameters.reduce(0) { $0 + $1.value.scalarCount * 4 }
        #expect(bytes < 5_000_000, "\(architecture) on \(side)x\(side) has \(bytes) bytes of parameters")
    }

    @Test func architecturesAreSeeded() {
        let a = Architecture.resnet.build(channels: 1, side: 28, classes: 10, seed: 7)
        let b = Architecture.resnet.build(channels: 1, side: 28, classes: 10, seed: 7)
        let c = Architecture.resnet.build(channels: 1, side: 28, classes: 10, seed: 8)
        #expect(a.parameters.map(\.value) == b.parameters.map(\.value))
        #expect(a.parameters.map(\.value) != c.parameters.map(\.value))
    }
}
