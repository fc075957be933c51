import Attacks
import Foundation
import PNG
import Pipeline

/// What made an adversarial image, written into its PNG as tEXt chunks so the
/// file says how to reproduce it.
struct AttackProvenance {
    let method: String
    let target: String
    let parameters: AttackParameters
    let eot: EOTSettings?
    let model: String
    let modelSHA256: String
    let seed: UInt64

    /// The chunks for the adversarial version of `source`: `Software`, and
    /// `perturb:` keys for the method, target, parameters (JSON, as given;
    /// unset ones are the method's defaults), EOT settings, model file and
    /// SHA-256, seed and source image.
    func textChunks(source: String) throws -> [PNGTextChunk] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let entries: [(String, String)] = [
            ("Software", "perturb \(PerturbVersion.string)"),
            ("perturb:method", method),
            ("perturb:target", target),
            ("perturb:parameters", String(decoding: try encoder.encode(parameters), as: UTF8.self)),
            ("perturb:eot", try eot.map { String(decoding: try encoder.encode($0), as: UTF8.self) } ?? "none"),
            ("perturb:model", model),
            ("perturb:model-sha256", modelSHA256),
            ("perturb:seed", "\(seed)"),
            ("perturb:source", source),
        ]
        return entries.map { PNGTextChunk(keyword: $0.0, text: $0.1) }
    }
}
