import Foundation

extension Shape {
    /// A regular polygon with `sides` sides whose edges are `inradius` from
    /// `centre`, its first vertex at `firstVertexDegrees` (0 is +x, 90 is down).
    static func regularPolygon(sides: Int, centre: Point = .zero, inradius: Float, firstVertexDegrees: Float)
        -> Shape
    {
        let circumradius = inradius / cos(Float.pi / Float(sides))
        return .polygon(
            (0..<sides).map { index in
                let angle = (firstVertexDegrees + 360 * Float(index) / Float(sides)) * .pi / 180
                return centre + circumradius * Point(cos(angle), sin(angle))
            })
    }

    /// A regular polygon as above with corners rounded by `cornerRadius`; the
    /// edges stay `inradius` from the centre.
    static func roundedRegularPolygon(
        sides: Int, centre: Point = .zero, inradius: Float, cornerRadius: Float, firstVertexDegrees: Float
    ) -> Shape {
        .offset(
            regularPolygon(
                sides: sides, centre: centre, inradius: inradius - cornerRadius,
                firstVertexDegrees: firstVertexDegrees),
            by: cornerRadius)
    }

    /// An axis-aligned rectangle with rounded corners.
    static func roundedRectangle(centre: Point = .zero, halfSize: Point, cornerRadius: Float) -> Shape {
        let inner = halfSize - cornerRadius
        return .offset(
            .polygon([
                centre + Point(-inner.x, -inner.y), centre + Point(inner.x, -inner.y),
                centre + Point(inner.x, inner.y), centre + Point(-inner.x, inner.y),
            ]),
            by: cornerRadius)
    }

    /// The band between two concentric circles.
    static func ring(centre: Point = .zero, innerRadius: Float, outerRadius: Float) -> Shape {
        .subtraction(
            .circle(centre: centre, radius: outerRadius), removing: .circle(centre: centre, radius: innerRadius))
    }

    /// Points along an elliptical arc from `fromDegrees` to `toDegrees`
    /// (0 is +x, 90 is down; either direction), `steps` segments long.
    static func arc(centre: Point, radii: Point, fromDegrees: Float, toDegrees: Float, steps: Int = 16) -> [Point] {
        (0...steps).map { step in
            let degrees = fromDegrees + (toDegrees - fromDegrees) * Float(step) / Float(steps)
            let angle = degrees * .pi / 180
            return centre + radii * Point(cos(angle), sin(angle))
        }
    }
}
