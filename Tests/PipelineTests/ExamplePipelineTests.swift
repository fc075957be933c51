import CZlib
import Foundation
import Pipeline
import Testing

/// Every example pipeline validates, and a shortened version of each (two
/// images, two steps, two samples) runs end to end on the shipped models.
@Suite(.serialized) struct ExamplePipelineTests {
    static let examples: [String] = {
        let folder = PipelineFixture.repository + "/pipelines"
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
    }()

    /// Pipelines that read the Fashion-MNIST package, which tests do not need.
    static let needsFashionMNIST = ["fgsm-panda.json", "robustness-curve.json", "train-fashion-cnn.json",
                                    "train-fashion-mlp.json", "train-fashion-resnet.json"]

    @Test func theExamplesAreThere() {
        for name in ["stop-sign-patch.json", "fgsm-panda.json", "robustness-curve.json", "transfer-matrix.json",
                     "physical-world-kurakin.json"] {
            #expect(Self.examples.contains(name))
        }
    }

    @Test(arguments: examples)
    func everyExampleValidatesAndDescribesItself(_ name: String) throws {
        let path = "pipelines/" + name
        let problems = PipelineFixture.problems(try String(contentsOfFile: PipelineFixture.repository + "/" + path, encoding: .utf8))
        // Without the dataset package only the dataset's absence may be reported.
        #expect(problems.allSatisfy { Self.needsFashionMNIST.contains(name) && $0.contains("fashion-mnist") }, "\(problems)")
        if !name.hasPrefix("train-") {
            let text = try String(contentsOfFile: PipelineFixture.repository + "/" + path, encoding: .utf8)
            #expect(text.hasPrefix("{\n  \"description\": \""), "\(name) starts with its description")
        }
    }

    @Test(arguments: examples)
    func aShortenedVersionRuns(_ name: String) throws {
        let directory = try PipelineFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let original = try Data(contentsOf: URL(fileURLWithPath: PipelineFixture.repository + "/pipelines/" + name))
        let json = try Shortening.shortened(original, scratch: directory)
        try PipelineFixture.run(json, into: directory + "/out")
        let results = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: directory + "/out/results.json")))
                as? [String: Any])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let stages = document["stages"] as? [[String: Any]] ?? [["train": [:]], ["save": ["report": false]]]
        let count = { (kind: String) in stages.filter { $0[kind] != nil }.count }
        #expect((results["attacks"] as? [Any])?.count == count("attack"))
        #expect((results["patches"] as? [Any])?.count == count("patch"))
        #expect((results["evaluations"] as? [Any])?.count == count("evaluate"))
        #expect((results["trainings"] as? [Any])?.count == count("train"))
        if stages.contains(where: { ($0["save"] as? [String: Any]).map { $0["report"] as? Bool ?? true } ?? false }) {
            #expect(FileManager.default.fileExists(atPath: directory + "/out/report.html"))
        }
    }
}

/// A Fashion-MNIST folder of 32 training and 16 test images in the
/// package's gzip IDX format, so training specs run without the dataset.
enum TinyFashionMNIST {
    static func write(into folder: String) throws -> String {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (prefix, count) in [("train", 32), ("t10k", 16)] {
            let labels = (0..<count).map { UInt8($0 % 10) }
            let pixels: [UInt8] = (0..<count * 784).map { index in
                let label = Int(labels[index / 784])
                return UInt8((index * 37 + label * 91) % 256)
            }
            try gzip(idx([count, 28, 28], pixels), to: "\(folder)/\(prefix)-images-idx3-ubyte.gz")
            try gzip(idx([count], labels), to: "\(folder)/\(prefix)-labels-idx1-ubyte.gz")
        }
        return folder
    }

    /// An IDX file of unsigned bytes.
    private static func idx(_ dimensions: [Int], _ values: [UInt8]) -> [UInt8] {
        let header: [UInt8] = [0, 0, 0x08, UInt8(dimensions.count)]
        let sizes: [UInt8] = dimensions.flatMap { size in [24, 16, 8, 0].map { UInt8((size >> $0) & 0xFF) } }
        return header + sizes + values
    }

    private static func gzip(_ bytes: [UInt8], to path: String) throws {
        guard let file = gzopen(path, "wb") else { throw CocoaError(.fileWriteUnknown) }
        let written = bytes.withUnsafeBytes { gzwrite(file, $0.baseAddress, UInt32($0.count)) }
        guard gzclose(file) == Z_OK, written == bytes.count else { throw CocoaError(.fileWriteUnknown) }
    }
}

/// Makes an example pipeline tiny: two images, two steps, two samples, the
/// sample images instead of datasets, and a tiny training run.
enum Shortening {
    static func shortened(_ data: Data, scratch: String) throws -> String {
        var document = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        document = shrink(document) as! [String: Any]
        if document["stages"] == nil {  // a training spec, itself a pipeline: train a tiny model into the scratch folder
            document["output"] = scratch + "/model.onnx"
            document["checkpoint"] = scratch + "/checkpoint.json"
            if var data = document["data"] as? [String: Any], data["fashion-mnist"] != nil {
                data["fashion-mnist"] = ["path": try TinyFashionMNIST.write(into: scratch + "/fashion-mnist")]
                document["data"] = data
                document["batchSize"] = 16
            }
        }
        return String(decoding: try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys]), as: UTF8.self)
    }

    private static func shrink(_ value: Any) -> Any {
        if let array = value as? [Any] { return array.map(shrink) }
        guard var object = (value as? [String: Any])?.mapValues(shrink) else { return value }
        if object["dataset"] != nil {
            object["dataset"] = nil
            object["images"] = ["SampleImages/fashion-mnist/bag/*.png", "SampleImages/fashion-mnist/sandal/*.png"]
            object["labelsFrom"] = "folder"
        }
        if let images = object["images"] as? String, images.hasPrefix("SampleImages/signs/") {
            object["images"] = "SampleImages/signs/stop/*.png"
        }
        object["directory"] = nil
        for (key, limit) in [("count", 2), ("steps", 2), ("samples", 2), ("batchSize", 2), ("epochs", 1)] {
            if let number = object[key] as? Int { object[key] = min(number, limit) }
        }
        if let epsilons = object["epsilons"] as? [Any] { object["epsilons"] = Array(epsilons.prefix(2)) }
        if var data = object["data"] as? [String: Any], var signs = data["signs"] as? [String: Any] {  // training data
            signs["count"] = 32
            signs["test"] = ["count": 16, "seed": (signs["seed"] as? Int ?? 0) + 1]
            data["signs"] = signs
            object["data"] = data
            object["batchSize"] = 16
        }
        return object
    }
}
