/// Paints shapes into a canvas with analytic anti-aliasing: each pixel is
/// covered in proportion to the signed distance from its centre to the edge.
struct Rasterizer {
    /// The drawing coordinates of the centre of pixel (0, 0).
    let origin: Point
    /// Drawing units per pixel.
    let unitsPerPixel: Float

    /// A rasterizer whose canvas of `pixels` x `pixels` shows the square
    /// [-1, 1] x [-1, 1] of the drawing.
    static func unitSquare(pixels: Int) -> Rasterizer {
        let step = 2 / Float(pixels)
        return Rasterizer(origin: Point(repeating: -1 + step / 2), unitsPerPixel: step)
    }

    /// A rasterizer whose drawing coordinates are pixel coordinates, with
    /// pixel (x, y) covering [x, x+1) x [y, y+1).
    static let pixelSpace = Rasterizer(origin: Point(repeating: 0.5), unitsPerPixel: 1)

    /// Paints every layer of `drawing` in order.
    func draw(_ drawing: Drawing, into canvas: inout Canvas) {
        for layer in drawing.layers { fill(layer.shape, with: layer.colour, into: &canvas) }
    }

    /// Paints `shape` with `colour` at `opacity` over the canvas (and adds its
    /// coverage to the alpha of a four-channel canvas).
    func fill(_ shape: Shape, with colour: Colour, opacity: Float = 1, into canvas: inout Canvas) {
        let (lower, upper) = shape.bounds
        let firstX = max(Int(((lower.x - origin.x) / unitsPerPixel).rounded(.down)) - 1, 0)
        let lastX = min(Int(((upper.x - origin.x) / unitsPerPixel).rounded(.up)) + 1, canvas.width - 1)
        let firstY = max(Int(((lower.y - origin.y) / unitsPerPixel).rounded(.down)) - 1, 0)
        let lastY = min(Int(((upper.y - origin.y) / unitsPerPixel).rounded(.up)) + 1, canvas.height - 1)
        guard firstX <= lastX, firstY <= lastY else { return }
        let paint = SIMD4(colour.x, colour.y, colour.z, 1)
        let (width, planeSize, channels) = (canvas.width, canvas.planeSize, canvas.channels)
        canvas.planes.withUnsafeMutableBufferPointer { planes in
            for y in firstY...lastY {
                for x in firstX...lastX {
                    let point = origin + Point(Float(x), Float(y)) * unitsPerPixel
                    let coverage = min(max(0.5 - shape.distance(to: point) / unitsPerPixel, 0), 1) * opacity
                    guard coverage > 0 else { continue }
                    let pixel = y * width + x
                    for channel in 0..<channels {
                        let index = channel * planeSize + pixel
                        planes[index] += (paint[channel] - planes[index]) * coverage
                    }
                }
            }
        }
    }
}
