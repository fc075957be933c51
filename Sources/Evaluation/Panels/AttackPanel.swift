import NeuralNetworks
import PhysicalWorld
import Tensors

/// The figure every adversarial-examples paper shows, as one RGB image:
/// original | adversarial | perturbation magnified on grey | the top classes
/// of the original | the top classes of the adversarial image.
///
/// Tiles are square-ish copies of the image scaled up by a whole factor
/// (nearest neighbour) to at least ``minimumTileHeight`` pixels. Each bar's
/// length is the class probability and its colour identifies the class
/// (``classColour(_:)``), so the same class has the same colour on both
/// sides and a flip shows as a change of the longest bar's colour. Bars are
/// drawn most probable first, top to bottom; the panel has no text, so
/// callers give the label names beside it (a legend, tEXt chunks).
public enum AttackPanel {
    /// The height tiles are scaled up to at least.
    public static let minimumTileHeight = 128

    /// The panel as 1×3×H×W in [0, 1] for `original` and `adversarial`
    /// (C×H×W or 1×C×H×W, 1 or 3 channels, same shape), their top classes
    /// (most probable first) and the magnification of the perturbation,
    /// drawn as 0.5 + magnification·(adversarial − original), clamped.
    public static func render(
        original: Tensor, adversarial: Tensor, originalTop: [ClassProbability], adversarialTop: [ClassProbability],
        magnification: Float = 10
    ) -> Tensor {
        let (clean, attacked) = (colour(original), colour(adversarial))
        precondition(clean.shape == attacked.shape, "AttackPanel: images of shapes \(original.shape) and \(adversarial.shape)")
        let (height, width) = (clean.shape[2], clean.shape[3])
        let factor = Swift.max(1, (minimumTileHeight + height - 1) / height)
        let perturbation = ((attacked - clean) * magnification + Float(0.5)).clamped(to: 0...1)
        let tiles = [clean, attacked, perturbation].map {
            $0.resized(height: height * factor, width: width * factor, method: .nearest)
        }
        let bars = [originalTop, adversarialTop].map { barChart($0, height: height * factor, width: width * factor) }
        return ContactSheet.tile(concatenate(tiles + bars, alongAxis: 0), columns: 5, spacing: 4, background: 1)
    }

    /// A colour for class `index`: ten well-separated hues, repeating.
    public static func classColour(_ index: Int) -> (red: Float, green: Float, blue: Float) {
        let palette: [(Float, Float, Float)] = [
            (0.12, 0.47, 0.71), (1.00, 0.50, 0.05), (0.17, 0.63, 0.17), (0.84, 0.15, 0.16), (0.58, 0.40, 0.74),
            (0.55, 0.34, 0.29), (0.89, 0.47, 0.76), (0.50, 0.50, 0.50), (0.74, 0.74, 0.13), (0.09, 0.75, 0.81),
        ]
        let colour = palette[((index % palette.count) + palette.count) % palette.count]
        return (colour.0, colour.1, colour.2)
    }

    /// 1×3×H×W: one horizontal bar per class on white, most probable at the top.
    private static func barChart(_ top: [ClassProbability], height: Int, width: Int) -> Tensor {
        var values = [Float](repeating: 1, count: 3 * height * width)
        let rows = Swift.max(top.count, 1)
        let pitch = height / rows, gap = Swift.max(1, pitch / 5)
        for (rank, entry) in top.enumerated() {
            let length = Int((Swift.min(Swift.max(entry.probability, 0), 1) * Float(width)).rounded())
            let colour = classColour(entry.index)
            for (channel, value) in [colour.red, colour.green, colour.blue].enumerated() {
                for row in (rank * pitch + gap / 2)..<((rank + 1) * pitch - (gap + 1) / 2) {
                    let start = (channel * height + row) * width
                    values.replaceSubrange(start..<start + length, with: repeatElement(value, count: length))
                }
            }
        }
        return Tensor(shape: [1, 3, height, width], scalars: values)
    }

    /// The image as 1×3×H×W (gray copied to the three channels), untracked.
    private static func colour(_ image: Tensor) -> Tensor {
        let batch = image.rank == 3 ? image.unsqueezed(at: [0]) : image
        precondition(
            batch.rank == 4 && batch.shape[0] == 1 && [1, 3].contains(batch.shape[1]),
            "AttackPanel: expected C×H×W or 1×C×H×W with 1 or 3 channels, got \(image.shape)")
        let detached = batch.detached()
        return detached.shape[1] == 3 ? detached : concatenate([detached, detached, detached], alongAxis: 1)
    }
}
