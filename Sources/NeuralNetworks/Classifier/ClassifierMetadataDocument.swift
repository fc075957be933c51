import StrictCoding

/// The JSON form of a classifier's labels and input spec, read from a sidecar
/// `NAME.json` beside `NAME.onnx` or from the model's `metadata_props`.
///
/// Schema (every key optional, unknown keys are errors):
/// ```json
/// {
///   "labels": ["stop", "yield", "no-entry"],
///   "input": { "channels": 3, "height": 32, "width": 32, "range": [0, 1] },
///   "mean": [0.485, 0.456, 0.406],
///   "std": [0.229, 0.224, 0.225]
/// }
/// ```
/// - `labels`: class names in the order of the model's outputs.
/// - `input.channels`, `input.height`, `input.width`: must match the model's
///   input where the model fixes them; required where it leaves them dynamic.
/// - `input.range`: `[low, high]` of pixel values fed in, default `[0, 1]`.
/// - `mean`, `std`: per-channel normalisation `(x − mean) / std` applied
///   before the model; both or neither, one value per channel, `std` > 0.
///
/// In `metadata_props` each top-level key is its own entry (`labels`,
/// `input`, `mean`, `std`) whose value is that key's JSON.
public struct ClassifierMetadataDocument: Codable, Equatable, Sendable {
    /// The `input` object.
    public struct Input: Codable, Equatable, Sendable {
        /// Colour channels.
        public var channels: Int?
        /// Height in pixels.
        public var height: Int?
        /// Width in pixels.
        public var width: Int?
        /// `[low, high]` of pixel values.
        public var range: [Float]?

        /// Creates an input object.
        public init(channels: Int? = nil, height: Int? = nil, width: Int? = nil, range: [Float]? = nil) {
            self.channels = channels
            self.height = height
            self.width = width
            self.range = range
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case channels, height, width, range
        }

        /// Decodes strictly: unknown keys are refused.
        public init(from decoder: Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            channels = try Self.integer(in: container, forKey: .channels)
            height = try Self.integer(in: container, forKey: .height)
            width = try Self.integer(in: container, forKey: .width)
            range = try container.decodeIfPresent([Float].self, forKey: .range)
        }

        /// An integer that JSON may spell as a number with a fraction: decoded
        /// as Double so that `3.5` is a type mismatch at its path (Foundation's
        /// Int decoding reports it without a path).
        private static func integer(in container: KeyedDecodingContainer<CodingKeys>, forKey key: CodingKeys) throws -> Int? {
            guard let number = try container.decodeIfPresent(Double.self, forKey: key) else { return nil }
            guard number.rounded() == number, abs(number) <= Double(Int32.max) else {
                throw DecodingError.typeMismatch(
                    Int.self, .init(codingPath: container.codingPath + [key], debugDescription: "\(number) is not an integer"))
            }
            return Int(number)
        }
    }

    /// Class names in output order.
    public var labels: [String]?
    /// The input object.
    public var input: Input?
    /// Per-channel means.
    public var mean: [Float]?
    /// Per-channel standard deviations.
    public var std: [Float]?

    /// Creates a document.
    public init(labels: [String]? = nil, input: Input? = nil, mean: [Float]? = nil, std: [Float]? = nil) {
        self.labels = labels
        self.input = input
        self.mean = mean
        self.std = std
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case labels, input, mean, std
    }

    /// Decodes strictly: unknown keys are refused.
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        labels = try container.decodeIfPresent([String].self, forKey: .labels)
        input = try container.decodeIfPresent(Input.self, forKey: .input)
        mean = try container.decodeIfPresent([Float].self, forKey: .mean)
        std = try container.decodeIfPresent([Float].self, forKey: .std)
    }

    /// Whether no key is set.
    public var isEmpty: Bool { self == ClassifierMetadataDocument() }
}
