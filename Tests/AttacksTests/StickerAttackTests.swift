import Attacks
import Foundation
import PhysicalWorld
import StrictCoding
import Tensors
import Testing

/// The RP2-style sticker attack on a small RGB model.
@Suite struct StickerAttackTests {
    let model = TinyCNN(seed: 12)
    let classNames = ["zero", "one", "two"]
    let images: Tensor
    let labels: [Int]

    init() {
        var generator = RandomGenerator(seed: 21)
        images = Tensor.uniform([4, 3, 16, 16], in: 0.2...0.8, using: &generator)
        labels = model(images, mode: .inference).argmax(alongAxis: 1)
    }

    func settings(_ json: String) throws -> StickerSettings {
        try JSONDecoder().decode(StickerSettings.self, from: Data(json.utf8))
    }

    @Test func theStickerChangesOnlyMaskedPixelsAndFoolsTheModel() throws {
        let attack = try StickerAttack(
            settings: settings(#"{"rectangles": [[0.1, 0.1, 0.9, 0.35], [0.1, 0.6, 0.9, 0.85]], "steps": 80, "learningRate": 0.1, "eot": {"samples": 2, "preset": "thys2019"}}"#))
        var generator = RandomGenerator(seed: 1)
        let result = try attack.run(model: model, classNames: classNames, images: images, labels: labels, using: &generator)
        let mask = attack.mask(height: 16, width: 16)
        // Pixel centres inside: columns 2...13, rows 2...5 and 10...13.
        #expect(mask.scalars.filter { $0 == 1 }.count == 12 * 4 * 2)
        for index in 0..<result.adversarial.scalarCount where mask.scalars[index % 256] == 0 {
            #expect(result.adversarial.scalars[index] == images.scalars[index])
        }
        let predicted = model(result.adversarial, mode: .inference).argmax(alongAxis: 1)
        #expect(result.success == zip(predicted, labels).map { $0 != $1 })
        #expect(result.success.filter { $0 }.count >= 3, "\(predicted) vs \(labels)")
        #expect(result.stickerImage(index: 1).shape == [1, 4, 16, 16])
    }

    @Test func anL1PenaltyShrinksTheSticker() throws {
        func size(_ json: String) throws -> Float {
            var generator = RandomGenerator(seed: 2)
            let result = try StickerAttack(settings: settings(json)).run(
                model: model, classNames: classNames, images: images, labels: labels, using: &generator)
            return result.perturbation.scalars.map { Swift.abs($0) }.reduce(0, +)
        }
        let free = try size(#"{"steps": 30, "eot": null}"#)
        let penalised = try size(#"{"steps": 30, "eot": null, "l1": 5, "l2": 0.5}"#)
        #expect(penalised < 0.8 * free, "\(penalised) vs \(free)")
    }

    @Test func settingsAreStrict() throws {
        let defaults = try settings("{}")
        #expect(defaults == StickerSettings())
        #expect(defaults.eot?.preset == .eykholt2018)
        #expect(try settings(#"{"eot": null}"#).eot == nil)
        #expect(try JSONDecoder().decode(StickerSettings.self, from: JSONEncoder().encode(defaults)) == defaults)
        #expect(throws: UnknownKeyError.self) { try settings(#"{"rectangle": [[0, 0, 1, 1]]}"#) }
        #expect(throws: AttackError.self) { try settings(#"{"rectangles": [[0.5, 0, 0.2, 1]]}"#) }
        #expect(throws: AttackError.self) { try settings(#"{"optimizer": "lbfgs"}"#) }
    }
}
