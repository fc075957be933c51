import Foundation
import PNG

/// What made a saved image, written into its PNG as text chunks: the spec's
/// name and SHA-256, the stage, method, parameters, model and its SHA-256,
/// the seed and the Perturb version.
struct Provenance {
    var specName: String
    var specSHA256: String
    var seed: UInt64
    var stage: String
    var method: String?
    var parameters: String?
    var model: String?
    var modelSHA256: String?

    /// The chunks for image `name` (`Software` and `perturb:` keys).
    func textChunks(image name: String) -> [PNGTextChunk] {
        let entries: [(String, String?)] = [
            ("Software", "perturb \(PerturbVersion.string)"),
            ("perturb:spec", specName),
            ("perturb:spec-sha256", specSHA256),
            ("perturb:stage", stage),
            ("perturb:image", name),
            ("perturb:method", method),
            ("perturb:parameters", parameters),
            ("perturb:model", model),
            ("perturb:model-sha256", modelSHA256),
            ("perturb:seed", "\(seed)"),
            ("perturb:version", PerturbVersion.string),
        ]
        return entries.compactMap { key, value in value.map { PNGTextChunk(keyword: key, text: $0) } }
    }
}
