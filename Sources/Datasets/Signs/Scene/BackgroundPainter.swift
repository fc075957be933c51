import Tensors

/// Paints the random backgrounds signs stand in front of: sky over ground,
/// foliage, building walls, then random clutter and fine texture.
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
    private static func vary(_ base: Colour, by spread: Float, using generator: inout RandomGenerator) -> Colour {
        let offset = Colour(
            generator.uniform(in: -spread...spread), generator.uniform(in: -spread...spread),
            generator.uniform(in: -spread...spread))
        return unitClamped(base + offset)
    }

    /// Sets pixel (x, y) of an RGB canvas.
    @inline(__always) private static func set(_ canvas: inout Canvas, _ x: Int, _ y: Int, _ colour: Colour) {
        let pixel = y * canvas.width + x, plane = canvas.planeSize
        canvas.planes[pixel] = colour.x
        canvas.planes[plane + pixel] = colour.y
        canvas.planes[2 * plane + pixel] = colour.z
    }

    private static func paintSkyAndGround(_ canvas: inout Canvas, using generator: inout RandomGenerator) {
        let skies = [Colour(0.33, 0.55, 0.85), Colour(0.72, 0.75, 0.78), Colour(0.55, 0.68, 0.86), Colour(0.85, 0.62, 0.45)]
        let grounds = [Colour(0.38, 0.38, 0.4), Colour(0.3, 0.42, 0.18), Colour(0.45, 0.38, 0.28), Colour(0.55, 0.55, 0.52)]
        let zenith = vary(skies[generator.integer(below: skies.count)], by: 0.08, using: &generator)
        let haze = vary(Colour(0.88, 0.9, 0.92), by: 0.06, using: &generator)
        let ground = vary(grounds[generator.integer(below: grounds.count)], by: 0.07, using: &generator)
        let size = canvas.width
        let horizon = generator.uniform(in: 0.45...1.05) * Float(size)
        let treeline = generator.bernoulli(probability: 0.5)
        let treeColour = vary(Colour(0.16, 0.26, 0.12), by: 0.06, using: &generator)
        let ridge = ValueNoise(cells: 6, using: &generator)
        let ridgeHeight = generator.uniform(in: 0.05...0.25) * Float(size)
        let texture = ValueNoise.fractal(size: size, baseCells: 4, octaves: 3, using: &generator)
        for y in 0..<size {
            for x in 0..<size {
                let fy = Float(y) + 0.5
                let grain = texture[y * size + x] - 0.5
                let colour: Colour
                if fy >= horizon {
                    let depth = min((fy - horizon) / Float(size), 1)
                    colour = ground * (1.05 - 0.35 * depth) + grain * 0.12
                } else if treeline && fy > horizon - ridgeHeight * ridge.value(u: Float(x) / Float(size), v: 0.5) * 1.6 {
                    colour = treeColour * (0.8 + 0.6 * texture[y * size + x])
                } else {
                    let t = min(max(fy / max(horizon, 1), 0), 1)
                    colour = zenith * (1 - t * t) + haze * (t * t) + grain * 0.04
                }
                set(&canvas, x, y, unitClamped(colour))
            }
        }
    }

    private static func paintFoliage(_ canvas: inout Canvas, using generator: inout RandomGenerator) {
        let palettes: [(Colour, Colour)] = [
            (Colour(0.08, 0.18, 0.06), Colour(0.42, 0.58, 0.22)),
            (Colour(0.2, 0.14, 0.06), Colour(0.7, 0.5, 0.15)),
            (Colour(0.1, 0.16, 0.12), Colour(0.35, 0.45, 0.35)),
        ]
        let palette = palettes[generator.integer(below: palettes.count)]
        let dark = vary(palette.0, by: 0.05, using: &generator), light = vary(palette.1, by: 0.08, using: &generator)
        let size = canvas.width
        let field = ValueNoise.fractal(size: size, baseCells: 3 + generator.integer(below: 4), octaves: 4, using: &generator)
        for y in 0..<size {
            for x in 0..<size {
                let t = min(max((field[y * size + x] - 0.5) * 2.2 + 0.5, 0), 1)
                set(&canvas, x, y, dark * (1 - t) + light * t)
            }
        }
    }

    private static func paintWall(_ canvas: inout Canvas, using generator: inout RandomGenerator) {
        let walls = [Colour(0.55, 0.28, 0.2), Colour(0.78, 0.72, 0.6), Colour(0.58, 0.58, 0.56), Colour(0.85, 0.83, 0.78)]
        let wall = vary(walls[generator.integer(below: walls.count)], by: 0.06, using: &generator)
        let window = vary(Colour(0.22, 0.28, 0.35), by: 0.08, using: &generator)
        let size = canvas.width
        let field = ValueNoise.fractal(size: size, baseCells: 8, octaves: 2, using: &generator)
        let spacing = generator.uniform(in: 0.25...0.5) * Float(size)
        let windowFraction = generator.uniform(in: 0.35...0.65)
        let originX = generator.uniform() * spacing, originY = generator.uniform() * spacing
        let hasWindows = generator.bernoulli(probability: 0.7)
        let light = generator.uniform(in: -0.25...0.25)
        for y in 0..<size {
            for x in 0..<size {
                let cellX = (Float(x) + originX).truncatingRemainder(dividingBy: spacing) / spacing
                let cellY = (Float(y) + originY).truncatingRemainder(dividingBy: spacing) / spacing
                let inWindow = hasWindows && cellX < windowFraction && cellY < windowFraction * 1.2
                let base = inWindow ? window : wall
                let gradient = 1 + light * (Float(x) / Float(size) - 0.5)
                set(&canvas, x, y, unitClamped(base * gradient + (field[y * size + x] - 0.5) * 0.1))
            }
        }
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
