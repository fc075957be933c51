import StrictCoding

/// `load`: reads images into a named set, from PNG files or a dataset.
///
/// ```json
/// {"load": {"as": "clean", "images": ["SampleImages/signs/stop/*.png"], "label": "stop", "model": "victim"}}
/// {"load": {"as": "clean", "images": "SampleImages/signs/*/*.png", "labelsFrom": "folder"}}
/// {"load": {"as": "clean", "dataset": {"fashion-mnist": {"split": "test", "start": 0, "count": 8}}}}
/// ```
/// Exactly one of `images` (globs of PNG files) or `dataset`. Labels of files
/// come from one of `label` (every image), `labelsFrom: "folder"` (the
/// folder's name) or `labelsFile` (a JSON object from file name to label);
/// without any, a model's own prediction on the clean image counts as the
/// label. `model` converts the images to that model's input (channels and
/// size); otherwise all images must share one size.
public struct LoadStage: Decodable, Equatable, Sendable {
    /// Where the images come from.
    public enum Source: Equatable, Sendable {
        /// PNG files matching these globs, in sorted order.
        case files([String])
        /// Fashion-MNIST images `start..<start+count` of a split.
        case fashionMNIST(split: String, start: Int, count: Int, path: String?)
    }

    /// Where the labels of files come from.
    public enum Labels: Equatable, Sendable {
        /// No labels: a model's prediction counts.
        case none
        /// One label for every image.
        case fixed(String)
        /// The name of each file's folder.
        case folder
        /// A JSON file mapping file names (without folder) to labels.
        case file(String)
    }

    /// The name of the set written.
    public var output: String
    /// The images.
    public var source: Source
    /// The labels.
    public var labels: Labels
    /// The model whose input the images are converted to, if any.
    public var model: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case output = "as", images, dataset, label, labelsFrom, labelsFile, model
    }
    private enum DatasetKeys: String, CodingKey, CaseIterable { case fashionMNIST = "fashion-mnist" }
    private enum FashionKeys: String, CodingKey, CaseIterable { case split, start, count, path }

    /// Decodes strictly.
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        output = try container.setName(forKey: .output)
        model = try container.decodeIfPresent(String.self, forKey: .model)
        switch (container.contains(.images), container.contains(.dataset)) {
        case (true, false):
            source = .files(try container.strings(forKey: .images))
        case (false, true):
            let dataset = try container.superDecoder(forKey: .dataset)
            try dataset.rejectUnknownKeys(DatasetKeys.self)
            let fashion = try dataset.container(keyedBy: DatasetKeys.self).superDecoder(forKey: .fashionMNIST)
            try fashion.rejectUnknownKeys(FashionKeys.self)
            let fields = try fashion.container(keyedBy: FashionKeys.self)
            let split = try fields.decodeIfPresent(String.self, forKey: .split) ?? "test"
            try SpecValue.require(
                ["train", "test"].contains(split), "expected \"train\" or \"test\", found \"\(split)\"", in: fields,
                forKey: .split)
            source = .fashionMNIST(
                split: split, start: try fields.integer(forKey: .start, in: 0...59_999, default: 0),
                count: try fields.integer(forKey: .count, in: 1...10_000),
                path: try fields.decodeIfPresent(String.self, forKey: .path))
        default:
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "expected exactly one of \"images\" (PNG globs) or \"dataset\""))
        }
        let given = [CodingKeys.label, .labelsFrom, .labelsFile].filter(container.contains)
        guard given.count <= 1, case .files = source else {
            guard given.isEmpty else {
                throw DecodingError.dataCorrupted(
                    .init(
                        codingPath: decoder.codingPath,
                        debugDescription: "expected at most one of \"label\", \"labelsFrom\" and \"labelsFile\", "
                            + "and none with a dataset (it has its own labels)"))
            }
            labels = .none
            return
        }
        switch given.first {
        case .label?: labels = .fixed(try container.decode(String.self, forKey: .label))
        case .labelsFrom?:
            let from = try container.decode(String.self, forKey: .labelsFrom)
            try SpecValue.require(from == "folder", "expected \"folder\", found \"\(from)\"", in: container, forKey: .labelsFrom)
            labels = .folder
        case .labelsFile?: labels = .file(try container.decode(String.self, forKey: .labelsFile))
        default: labels = .none
        }
    }
}
