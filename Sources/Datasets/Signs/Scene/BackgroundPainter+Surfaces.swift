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
}
