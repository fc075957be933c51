import Attacks
import StrictCoding

/// `sticker`: an RP2-style sticker (Eykholt et al. 2018): one masked
/// perturbation optimised over a set of pictures of the same object under
/// EOT, pasted on every image.
///
/// ```json
/// {"sticker": {"input": "stops", "as": "stickered", "model": "victim",
///              "settings": {"target": "speed-limit-30", "steps": 300,
///                           "rectangles": [[0.28, 0.3, 0.72, 0.4], [0.28, 0.6, 0.72, 0.7]]}}}
/// ```
/// `settings` are `perturb sticker`'s (rectangles or maskFile, target, steps,
/// optimizer, learningRate, schedule, eot, l1, l2, nps, npsForm, tv, palette,
/// earlyStopRate; every key optional).
public struct StickerStage: Decodable, Sendable {
    /// The set the sticker is optimised over and pasted on.
    public var input: String
    /// The name of the set written (the stickered images).
    public var output: String
    /// The model attacked.
    public var model: String
    /// The sticker settings.
    public var settings: StickerSettings

    enum CodingKeys: String, CodingKey, CaseIterable {
        case input, output = "as", model, settings
    }

    /// Decodes strictly; bad settings name their own path.
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        input = try container.setName(forKey: .input)
        output = try container.setName(forKey: .output)
        model = try container.decode(String.self, forKey: .model)
        settings = try container.attackSettings(StickerSettings.self, forKey: .settings, default: StickerSettings())
    }
}
