import Evaluation
import NeuralNetworks
import Tensors
import Testing

/// The attack panel's layout, tiles and bars, pixel by pixel.
@Suite struct AttackPanelTests {
    let original = Tensor(shape: [1, 1, 2, 2], scalars: [0.2, 0.4, 0.6, 0.8])
    let adversarial = Tensor(shape: [1, 1, 2, 2], scalars: [0.25, 0.4, 0.55, 0.8])
    let top = [ClassProbability(label: "cat", index: 3, probability: 1), ClassProbability(label: "dog", index: 1, probability: 0.5)]

    /// The RGB value at (x, y) of a 1×3×H×W panel.
    func pixel(_ panel: Tensor, _ x: Int, _ y: Int) -> [Float] {
        let (height, width) = (panel.shape[2], panel.shape[3])
        return (0..<3).map { panel.scalars[($0 * height + y) * width + x] }
    }

    @Test func fiveTilesScaledToTheMinimumHeight() {
        let panel = AttackPanel.render(original: original, adversarial: adversarial, originalTop: top, adversarialTop: top)
        let tile = AttackPanel.minimumTileHeight  // 2 pixels × 64
        let top = 4 + AttackPanel.captionHeight
        #expect(panel.shape == [1, 3, tile + AttackPanel.captionHeight + 8, 5 * tile + 6 * 4])
        #expect(pixel(panel, 4, top) == [0.2, 0.2, 0.2], "original, gray copied to RGB")
        #expect(pixel(panel, 4 + tile + 4 + tile - 1, top + tile - 1) == [0.8, 0.8, 0.8], "adversarial, bottom right")
        let perturbationLeft = 4 + 2 * (tile + 4)
        #expect(abs(pixel(panel, perturbationLeft, top)[0] - 1) < 1e-6, "0.5 + 10·0.05, clamped")
        #expect(abs(pixel(panel, perturbationLeft + tile - 1, top)[0] - 0.5) < 1e-6, "unchanged is grey")
        #expect(abs(pixel(panel, perturbationLeft, top + tile - 1)[0]) < 1e-6, "0.5 − 10·0.05")
    }

    @Test func barsHaveTheClassColourAndProbabilityLength() {
        let panel = AttackPanel.render(original: original, adversarial: adversarial, originalTop: top, adversarialTop: [])
        let tile = AttackPanel.minimumTileHeight
        let (barsLeft, top) = (4 + 3 * (tile + 4), 4 + AttackPanel.captionHeight)
        let (cat, dog) = (AttackPanel.classColour(3), AttackPanel.classColour(1))
        #expect(pixel(panel, barsLeft + tile - 1, top + tile / 4) == [cat.red, cat.green, cat.blue], "p = 1 fills the width")
        #expect(pixel(panel, barsLeft + tile / 2 - 1, top + 3 * tile / 4) == [dog.red, dog.green, dog.blue])
        #expect(pixel(panel, barsLeft + tile / 2 + 1, top + 3 * tile / 4) == [1, 1, 1], "p = 0.5 stops half way")
        #expect(pixel(panel, barsLeft + tile + 4 + 1, top + 1) == [1, 1, 1], "no classes, no bars")
    }

    /// Each bar's row starts with its label: "cat" at the left, "100%" at the right.
    @Test func barsAreLabelled() {
        let panel = AttackPanel.render(original: original, adversarial: adversarial, originalTop: top, adversarialTop: [])
        let tile = AttackPanel.minimumTileHeight
        let (barsLeft, top) = (4 + 3 * (tile + 4), 4 + AttackPanel.captionHeight)
        func ink(_ x: Int, _ y: Int) -> Bool { pixel(panel, x, y) == [0, 0, 0] }
        // 'c' (0x38, 0x44, 0x44, 0x44, 0x20): column 0 has ink in rows 3–5, column 1 in rows 2 and 6.
        #expect(ink(barsLeft, top + 3) && ink(barsLeft, top + 5) && !ink(barsLeft, top + 1))
        #expect(ink(barsLeft + 1, top + 2) && ink(barsLeft + 1, top + 6) && !ink(barsLeft + 1, top + 4))
        let percentLeft = barsLeft + tile - BitmapFont.width(of: "100%")
        #expect(ink(percentLeft + 2, top + 1), "'1' has its stem in column 2")
        #expect((0..<tile).contains { ink(4 + $0, 4 + 5) }, "the original tile has a caption")
    }
}
