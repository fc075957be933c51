import PhysicalWorld

/// An RP2-style sticker attack (Eykholt et al. 2018) as pipelines and the
/// CLI give it: a perturbation confined to a mask on the object's images,
/// optimised under EOT, with L1/L2 penalties on the masked perturbation and
/// the printability terms. JSON such as
/// `{"rectangles": [[0.28, 0.3, 0.72, 0.4], [0.28, 0.6, 0.72, 0.7]], "target": "speed-limit-80",
/// "steps": 300, "eot": {"samples": 8, "preset": "eykholt2018"}, "l1": 0.01, "nps": 0.5}`.
///
/// Every key is optional; unknown keys are errors that name the nearest valid key.
public struct StickerSettings: Codable, Equatable, Sendable {
    /// The sticker areas, each `[left, top, right, bottom]` as fractions of
    /// the image (default: two bars across a centred stop sign, as RP2's
    /// black-and-white sticker attack).
    public var rectangles: [[Float]] = [[0.28, 0.3, 0.72, 0.4], [0.28, 0.6, 0.72, 0.7]]
    /// A PNG whose alpha (or gray) is the mask, instead of ``rectangles``; it is resized to the images.
    public var maskFile: String?
    /// `untargeted`, a class name or a class index.
    public var target: String = "untargeted"
    /// Optimisation steps (each over all the object's images).
    public var steps: Int = 300
    /// The optimiser.
    public var optimizer: PatchOptimizer = .adam
    /// The base learning rate.
    public var learningRate: Float = 0.05
    /// The learning-rate schedule.
    public var schedule: PatchSchedule = .constant
    /// Physical-world transforms during optimisation (default 8 samples of eykholt2018).
    public var eot: EOTSettings? = try! EOTSettings(samples: 8, preset: .eykholt2018)
    /// The weight of the mean absolute masked perturbation, ‖M·δ‖₁ / (mask pixels · channels).
    public var l1: Float = 0
    /// The weight of the Euclidean length of the masked perturbation, ‖M·δ‖₂.
    public var l2: Float = 0
    /// The weight of the non-printability score of the sticker's pixels.
    public var nps: Float = 0
    /// The form of the non-printability score.
    public var npsForm: NonPrintabilityScore.Form = .product
    /// The weight of the total variation of the masked perturbation.
    public var tv: Float = 0
    /// The printable colours.
    public var palette: PaletteSource = .standard
    /// Stop once the success rate of the last 20 steps reaches this share.
    public var earlyStopRate: Float?

    /// The defaults.
    public init() {}

    /// Throws ``AttackError/invalidParameter(name:value:expected:)`` for the first value out of range.
    public func validate() throws {
        func require(_ condition: Bool, _ name: String, _ value: Any, _ expected: String) throws {
            guard condition else {
                throw AttackError.invalidParameter(name: "sticker.\(name)", value: "\(value)", expected: expected)
            }
        }
        try require(
            maskFile != nil || (!rectangles.isEmpty && rectangles.allSatisfy { box in
                box.count == 4 && box.allSatisfy { (0...1).contains($0) } && box[0] < box[2] && box[1] < box[3]
            }), "rectangles", rectangles, "[left, top, right, bottom] fractions with left < right, top < bottom")
        try require(steps >= 1, "steps", steps, "at least 1")
        try require(learningRate > 0, "learningRate", learningRate, "positive")
        try require(l1 >= 0 && l2 >= 0 && nps >= 0 && tv >= 0, "l1/l2/nps/tv", [l1, l2, nps, tv], "weights ≥ 0")
        try require(earlyStopRate.map { $0 > 0 && $0 <= 1 } ?? true, "earlyStopRate", earlyStopRate ?? 0, "a share in (0, 1]")
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case rectangles, maskFile, target, steps, optimizer, learningRate, schedule, eot, l1, l2, nps, npsForm, tv
        case palette, earlyStopRate
    }

    /// Decodes, fills in defaults and validates; unknown keys and names are
    /// errors; `"eot": null` turns EOT off.
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func value<Value: Decodable>(_ key: CodingKeys, _ fallback: Value) throws -> Value {
            try container.decodeIfPresent(Value.self, forKey: key) ?? fallback
        }
        rectangles = try value(.rectangles, rectangles)
        maskFile = try value(.maskFile, maskFile)
        target = try value(.target, target)
        steps = try value(.steps, steps)
        optimizer = try container.decodeChoice(.optimizer, default: optimizer, prefix: "sticker")
        learningRate = try value(.learningRate, learningRate)
        schedule = try container.decodeChoice(.schedule, default: schedule, prefix: "sticker")
        if container.contains(.eot) { eot = try container.decodeIfPresent(EOTSettings.self, forKey: .eot) }
        l1 = try value(.l1, l1)
        l2 = try value(.l2, l2)
        nps = try value(.nps, nps)
        npsForm = try container.decodeChoice(.npsForm, default: npsForm, prefix: "sticker")
        tv = try value(.tv, tv)
        palette = try value(.palette, palette)
        earlyStopRate = try value(.earlyStopRate, earlyStopRate)
        try validate()
    }

    /// Encodes every value (`"eot": null` when off).
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rectangles, forKey: .rectangles)
        try container.encodeIfPresent(maskFile, forKey: .maskFile)
        try container.encode(target, forKey: .target)
        try container.encode(steps, forKey: .steps)
        try container.encode(optimizer, forKey: .optimizer)
        try container.encode(learningRate, forKey: .learningRate)
        try container.encode(schedule, forKey: .schedule)
        try container.encode(eot, forKey: .eot)
        try container.encode(l1, forKey: .l1)
        try container.encode(l2, forKey: .l2)
        try container.encode(nps, forKey: .nps)
        try container.encode(npsForm, forKey: .npsForm)
        try container.encode(tv, forKey: .tv)
        try container.encode(palette, forKey: .palette)
        try container.encodeIfPresent(earlyStopRate, forKey: .earlyStopRate)
    }
}
