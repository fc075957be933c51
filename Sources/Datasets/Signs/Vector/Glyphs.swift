/// Perturb's own stroke font for the text on signs: the digits and the
/// letters S, T, O and P, drawn as pen strokes with round ends.
///
/// A glyph's centrelines lie in a box `width` wide and 1 high (y down); the pen
/// adds half its width on every side.
enum Glyphs {
    /// One character's centrelines and the width of its box.
    struct Glyph {
        let width: Float
        let lines: [[Point]]
    }

    /// The characters the font can draw.
    static let characters: Set<Character> = Set("0123456789STOP")

    /// The glyph of `character`, which must be one of `characters`.
    static func glyph(_ character: Character) -> Glyph {
        switch character {
        case "0":
            return Glyph(width: 0.56, lines: [stadium(width: 0.56)])
        case "1":
            return Glyph(width: 0.4, lines: [[Point(0.05, 0.22), Point(0.34, 0), Point(0.34, 1)]])
        case "2":
            return Glyph(
                width: 0.56,
                lines: [
                    Shape.arc(centre: Point(0.28, 0.28), radii: Point(0.27, 0.28), fromDegrees: 195, toDegrees: 380)
                        + [Point(0.02, 1), Point(0.57, 1)]
                ])
        case "3":
            return Glyph(
                width: 0.56,
                lines: [
                    Shape.arc(centre: Point(0.27, 0.24), radii: Point(0.25, 0.24), fromDegrees: 200, toDegrees: 450),
                    [Point(0.14, 0.48)]
                        + Shape.arc(
                            centre: Point(0.28, 0.74), radii: Point(0.28, 0.26), fromDegrees: 270, toDegrees: 520),
                ])
        case "4":
            return Glyph(
                width: 0.58, lines: [[Point(0.42, 1), Point(0.42, 0), Point(0, 0.68), Point(0.58, 0.68)]])
        case "5":
            return Glyph(
                width: 0.56,
                lines: [
                    [Point(0.53, 0), Point(0.07, 0), Point(0.03, 0.47)]
                        + Shape.arc(
                            centre: Point(0.27, 0.69), radii: Point(0.29, 0.31), fromDegrees: 228, toDegrees: 515)
                ])
        case "6":
            return Glyph(width: 0.56, lines: sixLines)
        case "7":
            return Glyph(width: 0.56, lines: [[Point(0, 0), Point(0.56, 0), Point(0.2, 1)]])
        case "8":
            return Glyph(
                width: 0.56,
                lines: [
                    Shape.arc(centre: Point(0.28, 0.24), radii: Point(0.23, 0.24), fromDegrees: 0, toDegrees: 360),
                    Shape.arc(centre: Point(0.28, 0.73), radii: Point(0.28, 0.27), fromDegrees: 0, toDegrees: 360),
                ])
        case "9":
            return Glyph(width: 0.56, lines: sixLines.map { $0.map { Point(0.56, 1) - $0 } })
        case "S":
            return Glyph(
                width: 0.56,
                lines: [
                    Shape.arc(centre: Point(0.28, 0.25), radii: Point(0.26, 0.25), fromDegrees: 340, toDegrees: 90)
                        + Shape.arc(
                            centre: Point(0.28, 0.75), radii: Point(0.28, 0.25), fromDegrees: 270, toDegrees: 560)
                ])
        case "T":
            return Glyph(width: 0.6, lines: [[Point(0, 0), Point(0.6, 0)], [Point(0.3, 0), Point(0.3, 1)]])
        case "O":
            return Glyph(width: 0.62, lines: [stadium(width: 0.62)])
        case "P":
            return Glyph(
                width: 0.5,
                lines: [
                    [Point(0, 1), Point(0, 0), Point(0.24, 0)]
                        + Shape.arc(centre: Point(0.24, 0.26), radii: Point(0.26, 0.26), fromDegrees: 270, toDegrees: 450)
                        + [Point(0, 0.52)]
                ])
        default:
            preconditionFailure("the sign font has no glyph for \(character); it draws \(characters.sorted())")
        }
    }

    /// `text` set on one line with its ink `height` high, centred on `centre`,
    /// in a pen `weight` times the height wide, squeezed to at most `maximumWidth`.
    static func text(_ text: String, centre: Point, height: Float, weight: Float, maximumWidth: Float) -> Shape {
        let glyphs = text.map(glyph)
        let spacing: Float = 0.2 + weight
        let penInGlyphUnits = weight / (1 - weight)
        let advance = glyphs.map(\.width).reduce(0, +) + spacing * Float(max(glyphs.count - 1, 0))
        let scale = height / (1 + penInGlyphUnits)
        let horizontalScale = min(scale, (maximumWidth - scale * penInGlyphUnits) / advance)
        var left = -advance / 2
        var lines: [[Point]] = []
        for glyph in glyphs {
            let offset = left
            lines += glyph.lines.map { line in
                line.map { centre + Point(($0.x + offset) * horizontalScale, ($0.y - 0.5) * scale) }
            }
            left += glyph.width + spacing
        }
        return .strokes(lines, width: scale * penInGlyphUnits)
    }

    /// A closed loop with round top and bottom and straight sides, 1 high.
    private static func stadium(width: Float) -> [Point] {
        let radius = width / 2
        let top = Shape.arc(
            centre: Point(radius, radius), radii: Point(radius, radius * 1.05), fromDegrees: 180, toDegrees: 360)
        let bottom = Shape.arc(
            centre: Point(radius, 1 - radius), radii: Point(radius, radius * 1.05), fromDegrees: 0, toDegrees: 180)
        return top + bottom + [top[0]]
    }

    /// The 6: a closed bowl below and a curve rising from its left to the top right.
    private static let sixLines: [[Point]] = [
        Shape.arc(centre: Point(0.28, 0.7), radii: Point(0.28, 0.3), fromDegrees: 0, toDegrees: 360),
        Shape.arc(centre: Point(0.6, 0.7), radii: Point(0.6, 0.7), fromDegrees: 180, toDegrees: 250),
    ]
}
