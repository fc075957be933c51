import Tensors

/// A mutable RGB picture in [0, 1] to draw rectangles and text on, turned
/// into a 1×3×H×W tensor when done.
public struct RGBCanvas: Sendable {
    /// An RGB colour, components in [0, 1].
    public typealias Colour = (red: Float, green: Float, blue: Float)

    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int
    /// Planar values: all red, then all green, then all blue, row-major.
    public private(set) var values: [Float]

    /// A canvas filled with `background`.
    public init(width: Int, height: Int, background: Colour = (1, 1, 1)) {
        self.width = width
        self.height = height
        values = [background.red, background.green, background.blue].flatMap {
            Array(repeating: $0, count: width * height)
        }
    }

    /// The canvas as 1×3×H×W.
    public var tensor: Tensor { Tensor(shape: [1, 3, height, width], scalars: values) }

    /// Paints the rectangle at (`x`, `y`) of the given size, clipped to the canvas.
    public mutating func fill(x: Int, y: Int, width rectangleWidth: Int, height rectangleHeight: Int, colour: Colour) {
        let (left, right) = (Swift.max(x, 0), Swift.min(x + rectangleWidth, width))
        let (top, bottom) = (Swift.max(y, 0), Swift.min(y + rectangleHeight, height))
        guard left < right, top < bottom else { return }
        for (channel, value) in [colour.red, colour.green, colour.blue].enumerated() {
            for row in top..<bottom {
                let start = (channel * height + row) * width
                values.replaceSubrange((start + left)..<(start + right), with: repeatElement(value, count: right - left))
            }
        }
    }

    /// Draws `text` in ``BitmapFont`` with its top-left corner at (`x`, `y`),
    /// each font pixel a `scale`×`scale` square, clipped to the canvas.
    public mutating func draw(_ text: String, x: Int, y: Int, scale: Int = 1, colour: Colour = (0, 0, 0)) {
        for (index, character) in text.enumerated() {
            let left = x + index * BitmapFont.advance * scale
            for column in 0..<BitmapFont.glyphWidth {
                for row in 0..<BitmapFont.glyphHeight where BitmapFont.isInk(character, column: column, row: row) {
                    fill(x: left + column * scale, y: y + row * scale, width: scale, height: scale, colour: colour)
                }
            }
        }
    }
}
