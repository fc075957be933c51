import ArgumentParser
import Foundation
import NeuralNetworks
import Tensors

/// What `perturb patch` and `perturb sticker` read the same way: a settings
/// file, the images as one model batch, and boxes given as fractions.
enum OptimisedAttackOptions {
    /// `file` decoded as `Settings`; a bad file is a
    /// ``PatchCommandError/badSettings(file:command:reason:)`` naming it.
    static func settings<Settings: Decodable>(_ type: Settings.Type, file: String, command: String) throws -> Settings {
        do {
            return try JSONDecoder().decode(type, from: try Data(contentsOf: URL(fileURLWithPath: file)))
        } catch let error as DecodingError {
            throw PatchCommandError.badSettings(file: file, command: command, reason: "\(error)")
        } catch let error as LocalizedError {
            throw PatchCommandError.badSettings(file: file, command: command, reason: error.errorDescription ?? "\(error)")
        }
    }

    /// The files as one batch of inputs of `classifier` (converted and resized).
    static func batch(_ files: [String], for classifier: Classifier, model: String) throws -> Tensor {
        concatenate(
            try files.map { try ModelInputImage.load($0, for: classifier.input, model: model, resize: true) }, alongAxis: 0)
    }

    /// `--label` for each of `count` images, or else `predictions`.
    static func trueLabels(
        _ label: String?, count: Int, classifier: Classifier, predictions: () throws -> [Int]
    ) throws -> [Int] {
        if let label { return Array(repeating: try classifier.index(ofLabel: label), count: count) }
        return try predictions()
    }

    /// `text` as a box `left,top,right,bottom` of four numbers, for `option`.
    static func box(_ text: String, option: String) throws -> [Float] {
        let values = text.split(separator: ",").map { Float($0.trimmingCharacters(in: .whitespaces)) }
        guard values.count == 4, values.allSatisfy({ $0 != nil }) else {
            throw ValidationError("\(option) must be four comma-separated fractions left,top,right,bottom, got '\(text)'.")
        }
        return values.map { $0! }
    }
}
