import NeuralNetworks
import PhysicalWorld
import Tensors

/// The figure every adversarial-examples paper shows, as one RGB image:
/// original | adversarial | perturbation magnified on grey | the top classes
/// of the original | the top classes of the adversarial image, each tile
/// under a caption.
///
/// Tiles are square-ish copies of the image scaled up by a whole factor
/// (nearest neighbour) to at least ``minimumTileHeight`` pixels. Each bar is
/// labelled with its class name and probability (``BitmapFont``); its length
/// is the probability and its colour identifies the class
/// (``classColour(_:)``), so the same class has the same colour on both
/// sides. Bars are drawn most probable first, top to bottom.
public enum AttackPanel {
    /// The height tiles are scaled up to at least.
    public static let minimumTileHeight = 128
    /// The height of the caption strip above each tile.
    public static let captionHeight = 12

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
        let times = magnification == magnification.rounded() ? "\(Int(magnification))" : "\(magnification)"
        let captions = [
            "original", "adversarial", "perturbation x" + times, "original top \(originalTop.count)",
            "adversarial top \(adversarialTop.count)",
        ]
        let captioned = zip(tiles + bars, captions).map { tile, caption in
            concatenate([captionStrip(caption, width: tile.shape[3]), tile], alongAxis: 2)
        }
        return ContactSheet.tile(concatenate(captioned, alongAxis: 0), columns: 5, spacing: 4, background: 1)
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

    /// 1×3×H×W: per class, most probable at the top, a line of text (name
    /// and probability in per cent) over a bar whose length is the probability.
    private static func barChart(_ top: [ClassProbability], height: Int, width: Int) -> Tensor {
        var canvas = RGBCanvas(width: width, height: height)
        let pitch = height / Swift.max(top.count, 1), gap = Swift.max(1, pitch / 8)
        for (rank, entry) in top.enumerated() {
            let probability = Swift.min(Swift.max(entry.probability, 0), 1)
            let percent = "\(Int((100 * probability).rounded()))%"
            let name = BitmapFont.fitting(entry.label, width: width - BitmapFont.width(of: " " + percent))
            let top = rank * pitch
            canvas.draw(name, x: 0, y: top)
            canvas.draw(percent, x: width - BitmapFont.width(of: percent), y: top)
            let barTop = top + BitmapFont.lineHeight + 1
            canvas.fill(
                x: 0, y: barTop, width: Int((probability * Float(width)).rounded()),
                height: (rank + 1) * pitch - gap - barTop, colour: classColour(entry.index))
        }
        return canvas.tensor
    }

    /// 1×3×captionHeight×W: `text` on white, cut to fit.
    private static func captionStrip(_ text: String, width: Int) -> Tensor {
        var canvas = RGBCanvas(width: width, height: captionHeight)
        canvas.draw(BitmapFont.fitting(text, width: width), x: 0, y: (captionHeight - BitmapFont.glyphHeight) / 2)
        return canvas.tensor
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
