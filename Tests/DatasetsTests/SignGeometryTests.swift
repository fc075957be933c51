import Testing
@testable import Datasets

@Suite struct SignGeometryTests {
    @Test func homographyMapsTheFourPointsAndIsProjective() {
        let square = [Point(-1, -1), Point(1, -1), Point(1, 1), Point(-1, 1)]
        let quad = [Point(10, 12), Point(50, 8), Point(54, 49), Point(12, 52)]
        let mapping = Homography(mapping: square, to: quad)
        for (source, target) in zip(square, quad) {
            #expect(length(mapping.apply(source) - target) < 1e-3)
        }
        let back = Homography(mapping: quad, to: square)
        #expect(length(back.apply(mapping.apply(Point(0.3, -0.6))) - Point(0.3, -0.6)) < 1e-4)
    }

    @Test func signedDistancesOfPrimitives() {
        let circle = Shape.circle(centre: Point(1, 1), radius: 2)
        #expect(abs(circle.distance(to: Point(1, 1)) + 2) < 1e-6)
        #expect(abs(circle.distance(to: Point(4, 1)) - 1) < 1e-6)
        let square = Shape.polygon([Point(0, 0), Point(2, 0), Point(2, 2), Point(0, 2)])
        #expect(abs(square.distance(to: Point(1, 1)) + 1) < 1e-6)
        #expect(abs(square.distance(to: Point(3, 1)) - 1) < 1e-6)
        let notch = Shape.polygon([Point(0, 0), Point(4, 0), Point(4, 4), Point(2, 1), Point(0, 4)])
        #expect(notch.distance(to: Point(2, 3)) > 0, "the notch of a concave polygon is outside")
        let ring = Shape.ring(innerRadius: 1, outerRadius: 2)
        #expect(ring.distance(to: Point(0, 0)) > 0 && ring.distance(to: Point(1.5, 0)) < 0)
        let stroke = Shape.strokes([[Point(0, 0), Point(4, 0)]], width: 2)
        #expect(abs(stroke.distance(to: Point(2, 3)) - 2) < 1e-6)
    }

    @Test func rasterizedDiscHasItsAreaAndSoftEdges() {
        var canvas = Canvas(width: 40, height: 40, fill: [0, 0, 0, 0])
        Rasterizer.pixelSpace.fill(.circle(centre: Point(20, 20), radius: 12), with: Colour(1, 0, 0), into: &canvas)
        let alpha = canvas.planes[(3 * 1600)...]
        let area = alpha.reduce(0, +)
        #expect(abs(area - .pi * 144) < 2)
        #expect(alpha.contains { $0 > 0.1 && $0 < 0.9 }, "edges are anti-aliased")
    }

    @Test func everyGlyphHasInkInsideItsBox() {
        for character in Glyphs.characters {
            let glyph = Glyphs.glyph(character)
            let points = glyph.lines.flatMap { $0 }
            #expect(!points.isEmpty)
            #expect(points.allSatisfy { $0.x > -0.05 && $0.x < glyph.width + 0.05 && $0.y > -0.05 && $0.y < 1.05 },
                    "glyph \(character) leaves its box")
        }
    }

    @Test func textFitsItsHeightAndWidth() {
        let text = Glyphs.text("STOP", centre: Point(0, 0), height: 0.5, weight: 0.2, maximumWidth: 1.4)
        let (lower, upper) = text.bounds
        #expect(upper.x - lower.x <= 1.4 + 1e-4)
        #expect(abs((upper.y - lower.y) - 0.5) < 0.02)
    }
}
