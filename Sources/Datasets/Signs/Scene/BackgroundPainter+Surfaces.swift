import Tensors

extension BackgroundPainter {
    /// Leaves: two colours mixed by fractal noise.
    static func paintFoliage(_ canvas: inout Canvas, using generator: inout RandomGenerator) {
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

    /// A wall of brick, plaster or concrete, often with a grid of windows.
    static func paintWall(_ canvas: inout Canvas, using generator: inout RandomGenerator) {
        let walls = [Colour(0.55, 0.28, 0.2), Colour(0.78, 0.72, 0.6), Colour(0.58, 0.58, 0.56), Colour(0.85, 0.83, 0.78)]
        let kind = generator.integer(below: walls.count)
        let wall = vary(walls[kind], by: 0.06, using: &generator)
        let size = canvas.width, unit = Float(size)
        let field = ValueNoise.fractal(size: size, baseCells: 8, octaves: 2, using: &generator)
        let light = generator.uniform(in: -0.25...0.25)
        let bricks = kind == 0 ? Brickwork(size: unit, using: &generator) : nil
        for y in 0..<size {
            for x in 0..<size {
                let gradient = 1 + light * (Float(x) / unit - 0.5)
                var colour = wall * gradient + (field[y * size + x] - 0.5) * 0.1
                if let bricks { colour = bricks.paint(colour, x: Float(x) + 0.5, y: Float(y) + 0.5) }
                set(&canvas, x, y, unitClamped(colour))
            }
        }
        if generator.bernoulli(probability: 0.7) { paintWindows(&canvas, using: &generator) }
    }

    /// A regular grid of dark windows with anti-aliased edges.
    private static func paintWindows(_ canvas: inout Canvas, using generator: inout RandomGenerator) {
        let unit = Float(canvas.width)
        let window = vary(Colour(0.22, 0.28, 0.35), by: 0.08, using: &generator)
        let spacing = generator.uniform(in: 0.25...0.5) * unit
        let halfSize = Point(generator.uniform(in: 0.18...0.32), generator.uniform(in: 0.2...0.38)) * spacing
        let origin = Point(generator.uniform(), generator.uniform()) * spacing - spacing
        var row = origin.y
        while row < unit + spacing {
            var column = origin.x
            while column < unit + spacing {
                Rasterizer.pixelSpace.fill(
                    .roundedRectangle(centre: Point(column, row), halfSize: halfSize, cornerRadius: 0.5),
                    with: window, into: &canvas)
                column += spacing
            }
            row += spacing
        }
    }
}

/// Courses of bricks with lighter mortar joints, each course offset by half a brick.
struct Brickwork {
    private let courseHeight: Float
    private let brickWidth: Float
    private let jointHalfWidth: Float
    private let mortar: Colour

    /// Random brickwork for a picture `size` pixels wide.
    init(size: Float, using generator: inout RandomGenerator) {
        courseHeight = generator.uniform(in: 0.05...0.09) * size
        brickWidth = courseHeight * generator.uniform(in: 2...2.6)
        jointHalfWidth = max(courseHeight * 0.08, 0.3)
        mortar = Colour(repeating: generator.uniform(in: 0.55...0.75))
    }

    /// `colour` with the mortar joint painted over it at (x, y), by coverage.
    func paint(_ colour: Colour, x: Float, y: Float) -> Colour {
        let course = (y / courseHeight).rounded(.down)
        let inCourse = y - course * courseHeight
        let shift = course.truncatingRemainder(dividingBy: 2) * brickWidth / 2
        let inBrick = (x + shift).truncatingRemainder(dividingBy: brickWidth)
        let distance = min(inCourse, courseHeight - inCourse, inBrick, brickWidth - inBrick)
        let coverage = min(max(jointHalfWidth + 0.5 - distance, 0), 1)
        return colour + (mortar - colour) * coverage
    }
}
