import Attacks
import StrictCoding

/// `patch`: trains one universal adversarial patch (Brown et al. 2017) over a
/// set and pastes it on every image of that set, or of a held-out set
/// (`pasteOn`), at a random placement.
///
/// ```json
/// {"patch": {"input": "signs", "as": "patched", "model": "victim",
///            "settings": {"target": "speed-limit-30", "size": 0.1, "steps": 200,
///                         "eot": {"samples": 4, "preset": "print-and-photograph"}}}}
/// ```
/// `settings` are `perturb patch`'s (shape, size, target, steps, batchSize,
/// optimizer, learningRate, rotation, scale, eot, nps, tv, palette, …; every
/// key optional, Brown et al.'s defaults). The patch itself is written as
/// `patches/SET.png` (RGBA, the mask as alpha).
public struct PatchStage: Decodable, Sendable {
    /// The set the patch is trained on.
    public var input: String
    /// The set the trained patch is pasted on, if not `input`: held-out
    /// images, so that the evaluation measures a universal patch on pictures
    /// it was not trained on.
    public var pasteOn: String?
    /// The set the trained patch is pasted on: `pasteOn`, else `input`.
    public var pastedSet: String { pasteOn ?? input }
    /// The name of the set written (the patched images).
    public var output: String
    /// The model attacked.
    public var model: String
    /// The patch settings.
    public var settings: PatchSettings

    enum CodingKeys: String, CodingKey, CaseIterable {
        case input, pasteOn, output = "as", model, settings
    }

    /// Decodes strictly; bad settings name their own path.
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        input = try container.setName(forKey: .input)
        pasteOn = try container.contains(.pasteOn) ? container.setName(forKey: .pasteOn) : nil
        output = try container.setName(forKey: .output)
        model = try container.decode(String.self, forKey: .model)
        settings = try container.attackSettings(PatchSettings.self, forKey: .settings, default: PatchSettings())
    }
}
