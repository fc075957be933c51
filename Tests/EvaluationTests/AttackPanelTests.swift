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
        #expect(panel.shape == [1, 3, tile + 8, 5 * tile + 6 * 4])
        #expect(pixel(panel, 4, 4) == [0.2, 0.2, 0.2], "original, gray copied to RGB")
        #expect(pixel(panel, 4 + tile + 4 + tile - 1, 4 + tile - 1) == [0.8, 0.8, 0.8], "adversarial, bottom right")
        let perturbationLeft = 4 + 2 * (tile + 4)
        #expect(abs(pixel(panel, perturbationLeft, 4)[0] - 1) < 1e-6, "0.5 + 10·0.05, clamped")
        #expect(abs(pixel(panel, perturbationLeft + tile - 1, 4)[0] - 0.5) < 1e-6, "unchanged is grey")
        #expect(abs(pixel(panel, perturbationLeft, 4 + tile - 1)[0]) < 1e-6, "0.5 − 10·0.05")
    }

    @Test func barsHaveTheClassColourAndProbabilityLength() {
        let panel = AttackPanel.render(original: original, adversarial: adversarial, originalTop: top, adversarialTop: [])
        let tile = AttackPanel.minimumTileHeight
        let barsLeft = 4 + 3 * (tile + 4)
        let (cat, dog) = (AttackPanel.classColour(3), AttackPanel.classColour(1))
        #expect(pixel(panel, barsLeft + tile - 1, 4 + tile / 4) == [cat.red, cat.green, cat.blue], "p = 1 fills the width")
        #expect(pixel(panel, barsLeft + tile / 2 - 1, 4 + 3 * tile / 4) == [dog.red, dog.green, dog.blue])
        #expect(pixel(panel, barsLeft + tile / 2 + 1, 4 + 3 * tile / 4) == [1, 1, 1], "p = 0.5 stops half way")
        #expect(pixel(panel, barsLeft + tile + 4 + 1, 4 + 1) == [1, 1, 1], "no classes, no bars")
    }
}
