import Foundation
import StrictCoding

extension TrainingError {
    /// The training error for a decoding error of the spec `source`.
    init(decoding error: DecodingError, source: String) {
        switch error {
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            self = .wrongType(
                file: source, path: ClassifierMetadataDocument.jsonPath(context.codingPath),
                expected: SpecValue.describe(type))
        case .keyNotFound(let key, let context):
            self = .invalidValue(
                file: source, path: ClassifierMetadataDocument.jsonPath(context.codingPath + [key]),
                reason: "is missing; add it")
        case .dataCorrupted(let context) where !context.codingPath.isEmpty:
            self = .invalidValue(
                file: source, path: ClassifierMetadataDocument.jsonPath(context.codingPath),
                reason: context.debugDescription)
        case .dataCorrupted(let context):
            let reason = (context.underlyingError as NSError?)?.localizedDescription ?? context.debugDescription
            self = .invalidJSON(file: source, reason: reason)
        @unknown default:
            self = .invalidJSON(file: source, reason: "\(error)")
        }
    }
}
