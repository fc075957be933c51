extension SignClass {
    /// The sign as vector art filling the square [-1, 1] x [-1, 1] (y down),
    /// transparent around it.
    var artwork: Drawing {
        switch self {
        case .stop: return SignClass.stopArtwork
        case .yield: return SignClass.yieldArtwork
        case .noEntry: return SignClass.noEntryArtwork
        case .speedLimit30: return SignClass.speedLimitArtwork("30")
        case .speedLimit50: return SignClass.speedLimitArtwork("50")
        case .speedLimit80: return SignClass.speedLimitArtwork("80")
        case .priorityRoad: return SignClass.priorityRoadArtwork
        case .pedestrianCrossing: return SignClass.pedestrianCrossingArtwork
        case .turnLeft: return SignClass.turnLeftArtwork
        case .turnRight: return SignClass.turnLeftArtwork.mirrored()
        }
    }

    private static func octagon(_ inradius: Float) -> Shape {
        .roundedRegularPolygon(sides: 8, inradius: inradius, cornerRadius: 0.04, firstVertexDegrees: 22.5)
    }

    private static let stopArtwork = Drawing([
        (octagon(0.98), SignPalette.metal),
        (octagon(0.96), SignPalette.white),
        (octagon(0.89), SignPalette.red),
        (Glyphs.text("STOP", centre: .zero, height: 0.5, weight: 0.19, maximumWidth: 1.42), SignPalette.white),
    ])

    /// A triangle pointing down whose bounding box is centred on the origin.
    private static func downTriangle(_ inradius: Float, rounding: Float) -> Shape {
        .roundedRegularPolygon(
            sides: 3, centre: Point(0, -0.28), inradius: inradius, cornerRadius: rounding, firstVertexDegrees: 90)
    }

    private static let yieldArtwork = Drawing([
        (downTriangle(0.56, rounding: 0.07), SignPalette.metal),
        (downTriangle(0.545, rounding: 0.06), SignPalette.white),
        (downTriangle(0.515, rounding: 0.05), SignPalette.red),
        (downTriangle(0.31, rounding: 0.02), SignPalette.white),
    ])

    private static let noEntryArtwork = Drawing([
        (.circle(centre: .zero, radius: 0.98), SignPalette.metal),
        (.circle(centre: .zero, radius: 0.96), SignPalette.white),
        (.circle(centre: .zero, radius: 0.91), SignPalette.red),
        (.roundedRectangle(halfSize: Point(0.64, 0.15), cornerRadius: 0.03), SignPalette.white),
    ])

    private static func speedLimitArtwork(_ digits: String) -> Drawing {
        Drawing([
            (.circle(centre: .zero, radius: 0.98), SignPalette.metal),
            (.circle(centre: .zero, radius: 0.96), SignPalette.white),
            (.ring(innerRadius: 0.72, outerRadius: 0.92), SignPalette.red),
            (
                Glyphs.text(digits, centre: .zero, height: 0.78, weight: 0.16, maximumWidth: 1.1),
                SignPalette.black
            ),
        ])
    }

    private static func diamond(_ inradius: Float, rounding: Float) -> Shape {
        .roundedRegularPolygon(sides: 4, inradius: inradius, cornerRadius: rounding, firstVertexDegrees: 90)
    }

    private static let priorityRoadArtwork = Drawing([
        (diamond(0.69, rounding: 0.06), SignPalette.black),
        (diamond(0.675, rounding: 0.05), SignPalette.white),
        (diamond(0.44, rounding: 0.03), SignPalette.yellow),
    ])

    private static let pedestrianCrossingArtwork: Drawing = {
        let triangle = Shape.roundedRegularPolygon(
            sides: 3, centre: Point(0, 0.12), inradius: 0.38, cornerRadius: 0.05, firstVertexDegrees: 270)
        let figure = Shape.union([
            .circle(centre: Point(0.05, -0.33), radius: 0.075),
            .strokes(
                [
                    [Point(0.04, -0.21), Point(-0.02, 0.07)],
                    [Point(-0.02, 0.07), Point(-0.15, 0.21), Point(-0.2, 0.36)],
                    [Point(-0.02, 0.07), Point(0.1, 0.2), Point(0.12, 0.36)],
                    [Point(0.03, -0.16), Point(-0.1, -0.03), Point(-0.14, 0.08)],
                    [Point(0.03, -0.16), Point(0.14, -0.05), Point(0.22, 0.0)],
                ], width: 0.085),
        ])
        let stripes = Shape.union(
            [-0.36, -0.12, 0.12, 0.36].map { x in
                .roundedRectangle(centre: Point(x, 0.43), halfSize: Point(0.075, 0.028), cornerRadius: 0.01)
            })
        return Drawing([
            (.roundedRectangle(halfSize: Point(0.97, 0.97), cornerRadius: 0.13), SignPalette.metal),
            (.roundedRectangle(halfSize: Point(0.955, 0.955), cornerRadius: 0.12), SignPalette.white),
            (.roundedRectangle(halfSize: Point(0.9, 0.9), cornerRadius: 0.09), SignPalette.blue),
            (triangle, SignPalette.white),
            (.union([figure, stripes]), SignPalette.black),
        ])
    }()

    private static let turnLeftArtwork: Drawing = {
        let shaft = Shape.subtraction(
            .strokes(
                [
                    [Point(0.2, 0.8), Point(0.2, 0.02)]
                        + Shape.arc(
                            centre: Point(-0.08, 0.02), radii: Point(0.28, 0.28), fromDegrees: 0, toDegrees: -90)
                        + [Point(-0.3, -0.26)]
                ], width: 0.24),
            removing: .polygon([Point(-1, 0.6), Point(1, 0.6), Point(1, 1), Point(-1, 1)]))
        let head = Shape.offset(.polygon([Point(-0.62, -0.26), Point(-0.27, -0.58), Point(-0.27, 0.06)]), by: 0.02)
        return Drawing([
            (.circle(centre: .zero, radius: 0.98), SignPalette.metal),
            (.circle(centre: .zero, radius: 0.96), SignPalette.white),
            (.circle(centre: .zero, radius: 0.92), SignPalette.blue),
            (.union([shaft, head]), SignPalette.white),
        ])
    }()
}
