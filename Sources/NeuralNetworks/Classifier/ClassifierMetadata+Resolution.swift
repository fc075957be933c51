import Foundation

extension ClassifierMetadata {
    /// Finds and checks the metadata of `model`, loaded from `modelURL`.
    ///
    /// Looks in `sidecar` when given, else in the model's `metadata_props`,
    /// else in `NAME.json` beside the model, else uses defaults (with a
    /// warning). Missing input sizes come from the model's input shape; given
    /// ones must agree with it, as must the number of labels with the model's
    /// number of outputs.
    public static func resolve(for model: ONNXModel, at modelURL: URL?, sidecar: URL? = nil) throws -> ClassifierMetadata {
        let modelName = modelURL?.lastPathComponent ?? "the model"
        guard let input = model.graph.inputs.first, let shape = input.shape, shape.count == 4 else {
            let first = model.graph.inputs.first
            throw ClassifierMetadataError.notAnImageModel(
                model: modelName, input: first?.name ?? "", shape: first?.shapeDescription ?? "none")
        }
        let (document, origin, source) = try find(for: model, modelName: modelName, at: modelURL, sidecar: sidecar)
        return try resolve(
            document, origin: origin, source: source, modelName: modelName,
            inputShape: shape, classCount: model.graph.outputs.first?.shape?.last?.fixedSize)
    }

    /// The first document found, where it came from and its name for errors.
    private static func find(
        for model: ONNXModel, modelName: String, at modelURL: URL?, sidecar: URL?
    ) throws -> (ClassifierMetadataDocument, Origin, String) {
        if let sidecar {
            return (try .read(contentsOf: sidecar), .sidecar(sidecar), sidecar.path)
        }
        let embeddedSource = "\(modelName) metadata_props"
        if let embedded = try ClassifierMetadataDocument.fromModelMetadata(model.metadata, source: embeddedSource) {
            return (embedded, .modelMetadata, embeddedSource)
        }
        if let beside = modelURL?.deletingPathExtension().appendingPathExtension("json"),
            FileManager.default.fileExists(atPath: beside.path)
        {
            return (try .read(contentsOf: beside), .sidecar(beside), beside.path)
        }
        return (ClassifierMetadataDocument(), .defaults, modelName)
    }

    /// Completes and checks `document` against a model input shape N×C×H×W
    /// and its number of classes (when fixed).
    static func resolve(
        _ document: ClassifierMetadataDocument, origin: Origin, source: String, modelName: String,
        inputShape: [ONNXDimension], classCount: Int?
    ) throws -> ClassifierMetadata {
        func size(_ declared: Int?, _ dimension: ONNXDimension, _ key: String) throws -> Int {
            let path = "input.\(key)"
            if let declared {
                guard declared > 0 else {
                    throw ClassifierMetadataError.invalidValue(
                        source: source, path: path, reason: "must be a positive integer, found \(declared)")
                }
                if let fixed = dimension.fixedSize, fixed != declared {
                    throw ClassifierMetadataError.inputMismatch(source: source, path: path, declared: declared, model: fixed)
                }
                return declared
            }
            guard let fixed = dimension.fixedSize else {
                throw ClassifierMetadataError.unknownInputSize(model: modelName, path: path)
            }
            return fixed
        }
        let channels = try size(document.input?.channels, inputShape[1], "channels")
        var spec = InputSpec(
            channels: channels,
            height: try size(document.input?.height, inputShape[2], "height"),
            width: try size(document.input?.width, inputShape[3], "width"),
            valueRange: try valueRange(document.input?.range, source: source))
        (spec.mean, spec.std) = try normalisation(document, channels: channels, source: source)

        var warnings: [String] = []
        let labels: [String]
        if let given = document.labels {
            labels = try checkedLabels(given, classCount: classCount, source: source)
        } else {
            guard let classCount else { throw ClassifierMetadataError.unknownClassCount(model: modelName) }
            labels = (0..<classCount).map { "class \($0)" }
            let place = origin == .defaults
                ? "no classifier metadata (neither in metadata_props nor in a JSON file beside the model)"
                : "no labels in \(source)"
            let range = "[\(spec.valueRange.lowerBound), \(spec.valueRange.upperBound)]"
            warnings.append(
                "\(modelName): \(place); using labels \"class 0\"…\"class \(classCount - 1)\" and input "
                    + "\(spec.channels)×\(spec.height)×\(spec.width) with values in \(range). "
                    + "Name the classes with \"labels\" in a JSON file beside the model.")
        }
        return ClassifierMetadata(input: spec, labels: labels, origin: origin, warnings: warnings)
    }

    private static func valueRange(_ range: [Float]?, source: String) throws -> ClosedRange<Float> {
        guard let range else { return 0...1 }
        guard range.count == 2, range[0] < range[1], range.allSatisfy(\.isFinite) else {
            throw ClassifierMetadataError.invalidValue(
                source: source, path: "input.range", reason: "must be [low, high] with low < high, found \(range)")
        }
        return range[0]...range[1]
    }

    private static func normalisation(
        _ document: ClassifierMetadataDocument, channels: Int, source: String
    ) throws -> ([Float]?, [Float]?) {
        switch (document.mean, document.std) {
        case (nil, nil):
            return (nil, nil)
        case (let mean?, let std?):
            for (key, values) in [("mean", mean), ("std", std)] where values.count != channels {
                throw ClassifierMetadataError.invalidValue(
                    source: source, path: key, reason: "has \(values.count) values for \(channels) channels; give one per channel")
            }
            if let bad = std.first(where: { !($0 > 0) || !$0.isFinite }) {
                throw ClassifierMetadataError.invalidValue(source: source, path: "std", reason: "must be positive, found \(bad)")
            }
            if let bad = mean.first(where: { !$0.isFinite }) {
                throw ClassifierMetadataError.invalidValue(source: source, path: "mean", reason: "must be finite, found \(bad)")
            }
            return (mean, std)
        case (nil, _?):
            throw ClassifierMetadataError.invalidValue(source: source, path: "mean", reason: "is missing while std is given; give both or neither")
        case (_?, nil):
            throw ClassifierMetadataError.invalidValue(source: source, path: "std", reason: "is missing while mean is given; give both or neither")
        }
    }

    private static func checkedLabels(_ labels: [String], classCount: Int?, source: String) throws -> [String] {
        if let classCount, labels.count != classCount {
            throw ClassifierMetadataError.labelCountMismatch(source: source, labels: labels.count, classes: classCount)
        }
        guard !labels.isEmpty else {
            throw ClassifierMetadataError.invalidValue(source: source, path: "labels", reason: "is empty")
        }
        var seen: Set<String> = []
        for (index, label) in labels.enumerated() where !seen.insert(label).inserted {
            throw ClassifierMetadataError.invalidValue(
                source: source, path: "labels[\(index)]", reason: "repeats the label \"\(label)\"; labels must be unique")
        }
        return labels
    }
}
