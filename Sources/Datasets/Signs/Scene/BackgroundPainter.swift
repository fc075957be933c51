import Tensors

/// Paints the random backgrounds signs stand in front of: sky over ground or
/// road, foliage, building walls, then random clutter and fine texture.
enum BackgroundPainter {
    /// A new opaque `size` x `size` background.
    static func paint(size: Int, clutter: ClosedRange<Int>, using generator: inout RandomGenerator) -> Canvas {
        var canvas = Canvas(width: size, height: size, fill: [0, 0, 0])
        switch generator.integer(below: 3) {
        case 0: paintSkyAndGround(&canvas, using: &generator)
        case 1: paintFoliage(&canvas, using: &generator)
        default: paintWall(&canvas, using: &generator)
        }
        let count = clutter.lowerBound + generator.integer(below: clutter.count)
        for _ in 0..<count { paintClutter(&canvas, using: &generator) }
        addGrain(&canvas, using: &generator)
        return canvas
    }

    /// A colour near `base`, each channel moved by up to `spread`.
    static func vary(_ base: Colour, by spread: Float, using generator: inout RandomGenerator) -> Colour {
        let offset = Colour(
            generator.uniform(in: -spread...spread), generator.uniform(in: -spread...spread),
            generator.uniform(in: -spread...spread))
        return unitClamped(base + offset)
    }

    /// Sets pixel (x, y) of an RGB canvas.
    @inline(__always) static func set(_ canvas: inout Canvas, _ x: Int, _ y: Int, _ colour: Colour) {
        let pixel = y * canvas.width + x, plane = canvas.planeSize
        canvas.planes[pixel] = colour.x
        canvas.planes[plane + pixel] = colour.y
        canvas.planes[2 * plane + pixel] = colour.z
    }

    /// One random shape: a rectangle, disc or polygon in a random colour.
    private static func paintClutter(_ canvas: inout Canvas, using generator: inout RandomGenerator) {
        let size = Float(canvas.width)
        let centre = Point(generator.uniform(), generator.uniform()) * size
        let radius = generator.uniform(in: 0.05...0.3) * size
        let shape: Shape
        switch generator.integer(below: 3) {
        case 0:
            shape = .roundedRectangle(
                centre: centre, halfSize: Point(radius, radius * generator.uniform(in: 0.2...1.5)), cornerRadius: 0)
        case 1:
            shape = .circle(centre: centre, radius: radius)
        default:
            let sides = 3 + generator.integer(below: 4)
            shape = .regularPolygon(
                sides: sides, centre: centre, inradius: radius, firstVertexDegrees: generator.uniform(in: 0...360))
        }
        let colour = Colour(generator.uniform(), generator.uniform(), generator.uniform()) * generator.uniform(in: 0.4...1)
        Rasterizer.pixelSpace.fill(shape, with: colour, opacity: generator.uniform(in: 0.5...1), into: &canvas)
    }

    /// Fine texture over the whole background so no area is perfectly flat.
    private static func addGrain(_ canvas: inout Canvas, using generator: inout RandomGenerator) {
        let size = canvas.width
        let field = ValueNoise.fractal(size: size, baseCells: max(size / 4, 2), octaves: 1, using: &generator)
        let strength = generator.uniform(in: 0.02...0.08)
        for channel in 0..<3 {
            for pixel in 0..<canvas.planeSize {
                canvas.planes[channel * canvas.planeSize + pixel] += (field[pixel] - 0.5) * strength
            }
        }
    }
}
