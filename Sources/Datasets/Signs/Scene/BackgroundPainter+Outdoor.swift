import Tensors

extension BackgroundPainter {
    /// Sky with clouds over a horizon, sometimes a tree line, and ground that
    /// is grass, earth or a road with lane markings.
    static func paintSkyAndGround(_ canvas: inout Canvas, using generator: inout RandomGenerator) {
        let skies = [Colour(0.33, 0.55, 0.85), Colour(0.72, 0.75, 0.78), Colour(0.55, 0.68, 0.86), Colour(0.85, 0.62, 0.45)]
        let grounds = [Colour(0.38, 0.38, 0.4), Colour(0.3, 0.42, 0.18), Colour(0.45, 0.38, 0.28), Colour(0.55, 0.55, 0.52)]
        let zenith = vary(skies[generator.integer(below: skies.count)], by: 0.08, using: &generator)
        let haze = vary(Colour(0.88, 0.9, 0.92), by: 0.06, using: &generator)
        let ground = vary(grounds[generator.integer(below: grounds.count)], by: 0.07, using: &generator)
        let size = canvas.width, unit = Float(size)
        let horizon = generator.uniform(in: 0.45...1.05) * unit
        let treeline = generator.bernoulli(probability: 0.5)
        let treeColour = vary(Colour(0.16, 0.26, 0.12), by: 0.06, using: &generator)
        let ridge = ValueNoise(cells: 6, using: &generator)
        let ridgeHeight = generator.uniform(in: 0.05...0.25) * unit
        let texture = ValueNoise.fractal(size: size, baseCells: 4, octaves: 3, using: &generator)
        let clouds = ValueNoise.fractal(size: size, baseCells: 2, octaves: 3, using: &generator)
        let cloudThreshold = generator.uniform(in: 0.45...0.75)
        let cloudColour = vary(Colour(0.93, 0.94, 0.95), by: 0.04, using: &generator)
        let road = generator.bernoulli(probability: 0.4) ? RoadMarkings(size: unit, using: &generator) : nil
        for y in 0..<size {
            for x in 0..<size {
                let fy = Float(y) + 0.5
                let grain = texture[y * size + x] - 0.5
                var colour: Colour
                if fy >= horizon {
                    let depth = min((fy - horizon) / unit, 1)
                    colour = ground * (1.05 - 0.35 * depth) + grain * 0.12
                    if let road, let marking = road.paint(x: Float(x) + 0.5, depth: depth) {
                        colour = colour + (marking - colour) * 0.85
                    }
                } else if treeline && fy > horizon - ridgeHeight * ridge.value(u: Float(x) / unit, v: 0.5) * 1.6 {
                    colour = treeColour * (0.8 + 0.6 * texture[y * size + x])
                } else {
                    let t = min(max(fy / max(horizon, 1), 0), 1)
                    colour = zenith * (1 - t * t) + haze * (t * t) + grain * 0.04
                    let cover = min(max((clouds[y * size + x] - cloudThreshold) / 0.15, 0), 1)
                    colour = colour + (cloudColour * (0.9 + 0.2 * grain) - colour) * (cover * 0.9)
                }
                set(&canvas, x, y, unitClamped(colour))
            }
        }
    }
}

/// Lane lines on a road that runs away to the horizon: two solid edge lines
/// and a dashed centre line, converging on a vanishing point.
struct RoadMarkings {
    private let vanishingX: Float
    private let spread: Float
    private let lineWidth: Float
    private let colour: Colour

    /// Random markings for a picture `size` pixels wide.
    init(size: Float, using generator: inout RandomGenerator) {
        vanishingX = generator.uniform(in: 0.2...0.8) * size
        spread = generator.uniform(in: 1.2...2.5) * size
        lineWidth = generator.uniform(in: 0.03...0.06) * size
        colour = generator.bernoulli(probability: 0.7) ? Colour(0.9, 0.9, 0.88) : Colour(0.92, 0.75, 0.15)
    }

    /// The paint at column `x` on the ground row `depth` (fraction of the
    /// picture height) below the horizon, or nil where there is none.
    func paint(x: Float, depth: Float) -> Colour? {
        let halfWidth = max(lineWidth * depth, 0.35)
        for lane: Float in [-1, 0, 1] {
            guard abs(x - (vanishingX + lane * spread * depth)) < halfWidth else { continue }
            let dashed = lane == 0
            if !dashed || (4 / (depth + 0.05)).truncatingRemainder(dividingBy: 2) < 1 { return colour }
        }
        return nil
    }
}
