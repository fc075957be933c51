import PhysicalWorld

/// Everything a universal adversarial patch attack needs, as pipelines and
/// the CLI give it: JSON such as
/// `{"shape": "circle", "size": 0.1, "target": "speed-limit-80", "steps": 500,
/// "eot": {"samples": 4, "preset": "print-and-photograph"}, "nps": 0.01, "tv": 2.5,
/// "print": {"widthMillimetres": 60, "dpi": 300}}`.
///
/// Every key is optional; defaults follow Brown et al. 2017 (circle, SGD at
/// learning rate 5, 500 steps, batch 16, rotation ±22.5°). Unknown keys are
/// errors that name the nearest valid key.
public struct PatchSettings: Codable, Equatable, Sendable {
    /// The patch outline (ignored when ``maskFile`` is set).
    public var shape: PatchShape = .circle
    /// A PNG whose alpha (or gray, without alpha) is the patch's mask; its
    /// width and height give the patch's aspect ratio.
    public var maskFile: String?
    /// Width over height of a ``PatchShape/rectangle``.
    public var aspectRatio: Float = 2
    /// The share of the image area the patch's mask covers at scale 1, in (0, 1].
    public var size: Float = 0.1
    /// `untargeted`, a class name or a class index.
    public var target: String = "untargeted"
    /// Optimisation steps.
    public var steps: Int = 500
    /// Images (each with its own placement) per step.
    public var batchSize: Int = 16
    /// The optimiser.
    public var optimizer: PatchOptimizer = .sgd
    /// The base learning rate.
    public var learningRate: Float = 5
    /// The learning-rate schedule.
    public var schedule: PatchSchedule = .constant
    /// The largest rotation of a placement, in degrees either way.
    public var rotation: Float = 22.5
    /// The range of the placement's size factor during training, `[low, high]`.
    public var scale: [Float] = [0.8, 1.2]
    /// Where the patch's centre goes, `[left, top, right, bottom]` as
    /// fractions of the image (for example the part of a scene the object
    /// fills: a patch stuck on it), in training and evaluation.
    public var region: [Float] = [0, 0, 1, 1]
    /// Physical-world transforms of the patched images during training.
    public var eot: EOTSettings?
    /// The weight of the non-printability score.
    public var nps: Float = 0
    /// The form of the non-printability score.
    public var npsForm: NonPrintabilityScore.Form = .product
    /// The weight of the total-variation penalty.
    public var tv: Float = 0
    /// The printable colours.
    public var palette: PaletteSource = .standard
    /// Stop once the target rate of the last 20 batches reaches this share (none by default).
    public var earlyStopRate: Float?
    /// The physical size of the printed patch.
    public var print: PatchPrintSize = try! PatchPrintSize()

    /// The steps over which ``earlyStopRate`` is averaged.
    public static let earlyStopWindow = 20

    /// Brown et al. 2017's defaults.
    public init() {}

    /// The random placements of training (scale jitter) or of evaluation (scale 1).
    public func placements(training: Bool) -> PatchPlacementDistribution {
        PatchPlacementDistribution(
            rotation: rotation, scale: training ? scale[0]...scale[1] : 1...1, centreX: region[0]...region[2],
            centreY: region[1]...region[3])
    }

    /// Throws ``AttackError/invalidParameter(name:value:expected:)`` for the first value out of range.
    public func validate() throws {
        func require(_ condition: Bool, _ name: String, _ value: Any, _ expected: String) throws {
            guard condition else {
                throw AttackError.invalidParameter(name: "patch.\(name)", value: "\(value)", expected: expected)
            }
        }
        try require(size > 0 && size <= 1, "size", size, "an area fraction in (0, 1]")
        try require(aspectRatio > 0, "aspectRatio", aspectRatio, "positive")
        try require(steps >= 1, "steps", steps, "at least 1")
        try require((1...4096).contains(batchSize), "batchSize", batchSize, "an integer in 1...4096")
        try require(learningRate > 0, "learningRate", learningRate, "positive")
        try require((0...180).contains(rotation), "rotation", rotation, "degrees in 0...180")
        try require(scale.count == 2 && scale[0] > 0 && scale[0] <= scale[1], "scale", scale, "[low, high] with 0 < low ≤ high")
        try require(
            region.count == 4 && region.allSatisfy { (0...1).contains($0) } && region[0] < region[2] && region[1] < region[3],
            "region", region, "[left, top, right, bottom] fractions with left < right, top < bottom")
        try require(nps >= 0, "nps", nps, "a weight ≥ 0")
        try require(tv >= 0, "tv", tv, "a weight ≥ 0")
        try require(earlyStopRate.map { $0 > 0 && $0 <= 1 } ?? true, "earlyStopRate", earlyStopRate ?? 0, "a share in (0, 1]")
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case shape, maskFile, aspectRatio, size, target, steps, batchSize, optimizer, learningRate, schedule
        case rotation, scale, region, eot, nps, npsForm, tv, palette, earlyStopRate, print
    }

    /// Decodes, fills in defaults and validates; unknown keys and names are errors.
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func value<Value: Decodable>(_ key: CodingKeys, _ fallback: Value) throws -> Value {
            try container.decodeIfPresent(Value.self, forKey: key) ?? fallback
        }
        func choice<Choice: RawRepresentable & CaseIterable>(_ key: CodingKeys, _ fallback: Choice) throws -> Choice
        where Choice.RawValue == String {
            try container.decodeChoice(key, default: fallback, prefix: "patch")
        }
        shape = try choice(.shape, shape)
        maskFile = try value(.maskFile, maskFile)
        aspectRatio = try value(.aspectRatio, aspectRatio)
        size = try value(.size, size)
        target = try value(.target, target)
        steps = try value(.steps, steps)
        batchSize = try value(.batchSize, batchSize)
        optimizer = try choice(.optimizer, optimizer)
        learningRate = try value(.learningRate, learningRate)
        schedule = try choice(.schedule, schedule)
        rotation = try value(.rotation, rotation)
        scale = try value(.scale, scale)
        region = try value(.region, region)
        eot = try value(.eot, eot)
        nps = try value(.nps, nps)
        npsForm = try choice(.npsForm, npsForm)
        tv = try value(.tv, tv)
        palette = try value(.palette, palette)
        earlyStopRate = try value(.earlyStopRate, earlyStopRate)
        print = try value(.print, print)
        try validate()
    }

    /// Encodes every value (defaults included), so a result records its settings in full.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(shape, forKey: .shape)
        try container.encodeIfPresent(maskFile, forKey: .maskFile)
        try container.encode(aspectRatio, forKey: .aspectRatio)
        try container.encode(size, forKey: .size)
        try container.encode(target, forKey: .target)
        try container.encode(steps, forKey: .steps)
        try container.encode(batchSize, forKey: .batchSize)
        try container.encode(optimizer, forKey: .optimizer)
        try container.encode(learningRate, forKey: .learningRate)
        try container.encode(schedule, forKey: .schedule)
        try container.encode(rotation, forKey: .rotation)
        try container.encode(scale, forKey: .scale)
        try container.encode(region, forKey: .region)
        try container.encodeIfPresent(eot, forKey: .eot)
        try container.encode(nps, forKey: .nps)
        try container.encode(npsForm, forKey: .npsForm)
        try container.encode(tv, forKey: .tv)
        try container.encode(palette, forKey: .palette)
        try container.encodeIfPresent(earlyStopRate, forKey: .earlyStopRate)
        try container.encode(print, forKey: .print)
    }
}
