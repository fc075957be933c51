import Foundation
import Testing
import Tensors
@testable import NeuralNetworks

/// A classifier scales and normalises images before its model, differentiably, and names its classes.
@Suite struct ClassifierTests {
    private let images = Tensor(
        shape: [2, 3, 16, 16], scalars: (0..<(2 * 3 * 256)).map { Float(($0 * 37) % 101) / 100 })

    /// `images` normalised by hand with the resnet sidecar's mean and std.
    private func normalisedByHand(_ images: Tensor) -> Tensor {
        let mean = Tensor(shape: [1, 3, 1, 1], scalars: [0.485, 0.456, 0.406])
        let std = Tensor(shape: [1, 3, 1, 1], scalars: [0.229, 0.224, 0.225])
        return (images - mean) / std
    }

    @Test func normalisesBeforeTheModel() throws {
        let classifier = try Classifier.load(from: Fixtures.url("resnet-opset17.onnx"))
        let graph = try #require(classifier.model as? ONNXGraphModel)
        let expected = try graph.run(normalisedByHand(images))
        #expect(ONNXGraphModelTests.maximumDifference(try classifier.logits(for: images), expected) <= 1e-5)
        #expect(ONNXGraphModelTests.maximumDifference(classifier(images), expected) <= 1e-5)
    }

    @Test func gradientsGoThroughTheNormalisation() throws {
        let classifier = try Classifier.load(from: Fixtures.url("resnet-opset17.onnx"))
        let graph = try #require(classifier.model as? ONNXGraphModel)
        let throughClassifier = valueAndGradient(at: images) { classifier($0).sum() }.gradient
        let throughGraph = valueAndGradient(at: images) { graph(normalisedByHand($0)).sum() }.gradient
        let scale = throughGraph.scalars.map(abs).max() ?? 0
        #expect(scale > 0)
        #expect(ONNXGraphModelTests.maximumDifference(throughClassifier, throughGraph) <= 1e-4 * scale)
    }

    @Test func valueRangeScalesImagesFromTheUnitInterval() throws {
        let model = try ONNXGraphModel(contentsOf: Fixtures.url("cnn-opset11.onnx"))
        let spec = InputSpec(channels: 3, height: 16, width: 16, valueRange: 0...255)
        let classifier = try Classifier(model: model, input: spec, labels: (0..<5).map { "c\($0)" })
        let expected = try model.run(images * 255)
        #expect(ONNXGraphModelTests.maximumDifference(try classifier.logits(for: images), expected) <= 1e-3)
    }

    @Test func predictionsAndLabels() throws {
        let classifier = try Classifier.load(from: Fixtures.url("cnn-opset17.onnx"))
        #expect(classifier.labels == ["circle", "square", "triangle", "cross", "star"])
        let probabilities = try classifier.probabilities(for: images)
        let sums = probabilities.sum(alongAxes: [1])
        #expect(sums.scalars.allSatisfy { abs($0 - 1) < 1e-5 })
        let top = try classifier.topPredictions(3, for: images)
        #expect(top.count == 2 && top.allSatisfy { $0.count == 3 })
        for (row, predictions) in top.enumerated() {
            #expect(predictions.map(\.probability) == predictions.map(\.probability).sorted(by: >))
            let best = probabilities.sliced(alongAxis: 0, row..<(row + 1)).argmax(alongAxis: 1)[0]
            #expect(predictions[0].index == best)
            #expect(predictions[0].label == classifier.labels[best])
        }
        #expect(try classifier.index(ofLabel: "cross") == 3)
        #expect(try classifier.label(at: 4) == "star")
    }

    @Test func unknownLabelListsTheValidOnes() throws {
        let classifier = try Classifier.load(from: Fixtures.url("cnn-opset17.onnx"))
        #expect(throws: ClassifierError.unknownLabel("hexagon", valid: classifier.labels)) {
            try classifier.index(ofLabel: "hexagon")
        }
        let message = ClassifierError.unknownLabel("hexagon", valid: ["a", "b"]).errorDescription ?? ""
        #expect(message == "unknown label \"hexagon\"; the classifier's labels are: \"a\", \"b\".")
        #expect(throws: ClassifierError.indexOutOfRange(5, classCount: 5)) { try classifier.label(at: 5) }
    }

    @Test func defaultsAndOverridesCarryWarnings() throws {
        let defaults = try Classifier.load(from: Fixtures.url("cnn-opset11.onnx"))
        #expect(defaults.warnings.count == 1)
        #expect(defaults.labels.first == "class 0")
        let sidecar = FileManager.default.temporaryDirectory.appendingPathComponent("classifier-override-\(UUID()).json")
        defer { try? FileManager.default.removeItem(at: sidecar) }
        try Data(#"{"labels": ["a", "b", "c", "d", "e"], "mean": [0, 0, 0], "std": [2, 2, 2]}"#.utf8).write(to: sidecar)
        let overridden = try Classifier.load(from: Fixtures.url("cnn-opset11.onnx"), labelsOverride: sidecar)
        #expect(overridden.warnings.isEmpty)
        #expect(overridden.labels == ["a", "b", "c", "d", "e"])
        #expect(overridden.input.std == [2, 2, 2])
    }

    @Test func wrongImageShapeIsAnError() throws {
        let classifier = try Classifier.load(from: Fixtures.url("cnn-opset17.onnx"))
        #expect(throws: ClassifierError.imageShapeMismatch(expected: "N×3×16×16", found: [2, 1, 16, 16])) {
            try classifier.logits(for: Tensor.zeros([2, 1, 16, 16]))
        }
    }
}
