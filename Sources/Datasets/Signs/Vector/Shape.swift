/// A filled region described by its signed distance: negative inside, zero on
/// the edge, positive outside, in drawing units.
///
/// Coverage of a pixel follows from the distance at its centre (analytic
/// anti-aliasing), so shapes stay smooth at any size and under any mapping.
indirect enum Shape {
    /// A disc.
    case circle(centre: Point, radius: Float)
    /// A simple polygon (convex or not), vertices in order.
    case polygon([Point])
    /// Polylines drawn with a pen of the given width and round ends.
    case strokes([[Point]], width: Float)
    /// Everything any of the shapes covers.
    case union([Shape])
    /// The first shape with the second cut out of it.
    case subtraction(Shape, removing: Shape)
    /// The shape grown (positive) or shrunk (negative) by a distance, which
    /// rounds convex corners when growing.
    case offset(Shape, by: Float)

    /// The signed distance from `point` to the shape's edge.
    func distance(to point: Point) -> Float {
        switch self {
        case .circle(let centre, let radius):
            return length(point - centre) - radius
        case .polygon(let vertices):
            return polygonDistance(point, vertices)
        case .strokes(let lines, let width):
            var nearest = Float.infinity
            for line in lines {
                if line.count == 1 { nearest = min(nearest, length(point - line[0])) }
                for index in line.indices.dropFirst() {
                    nearest = min(nearest, segmentDistance(point, line[index - 1], line[index]))
                }
            }
            return nearest - width / 2
        case .union(let shapes):
            return shapes.reduce(Float.infinity) { min($0, $1.distance(to: point)) }
        case .subtraction(let shape, let removed):
            return max(shape.distance(to: point), -removed.distance(to: point))
        case .offset(let shape, let amount):
            return shape.distance(to: point) - amount
        }
    }

    /// A box that contains the whole shape.
    var bounds: (lower: Point, upper: Point) {
        switch self {
        case .circle(let centre, let radius):
            return (centre - radius, centre + radius)
        case .polygon(let vertices):
            return Shape.box(around: vertices)
        case .strokes(let lines, let width):
            let box = Shape.box(around: lines.flatMap { $0 })
            return (box.lower - width / 2, box.upper + width / 2)
        case .union(let shapes):
            let boxes = shapes.map(\.bounds)
            return (
                boxes.dropFirst().reduce(boxes[0].lower) { pointwiseMin($0, $1.lower) },
                boxes.dropFirst().reduce(boxes[0].upper) { pointwiseMax($0, $1.upper) }
            )
        case .subtraction(let shape, _):
            return shape.bounds
        case .offset(let shape, let amount):
            let box = shape.bounds
            return (box.lower - max(amount, 0), box.upper + max(amount, 0))
        }
    }

    /// The shape reflected in the vertical axis x = 0.
    func mirrored() -> Shape {
        let flip = Point(-1, 1)
        switch self {
        case .circle(let centre, let radius):
            return .circle(centre: centre * flip, radius: radius)
        case .polygon(let vertices):
            return .polygon(vertices.reversed().map { $0 * flip })
        case .strokes(let lines, let width):
            return .strokes(lines.map { $0.map { $0 * flip } }, width: width)
        case .union(let shapes):
            return .union(shapes.map { $0.mirrored() })
        case .subtraction(let shape, let removed):
            return .subtraction(shape.mirrored(), removing: removed.mirrored())
        case .offset(let shape, let amount):
            return .offset(shape.mirrored(), by: amount)
        }
    }

    private static func box(around points: [Point]) -> (lower: Point, upper: Point) {
        (
            points.dropFirst().reduce(points[0]) { pointwiseMin($0, $1) },
            points.dropFirst().reduce(points[0]) { pointwiseMax($0, $1) }
        )
    }
}

/// The distance from `point` to the segment from `start` to `end`.
@inline(__always) private func segmentDistance(_ point: Point, _ start: Point, _ end: Point) -> Float {
    let along = end - start, offset = point - start
    let lengthSquared = (along * along).sum()
    let t = lengthSquared > 0 ? min(max((offset * along).sum() / lengthSquared, 0), 1) : 0
    return length(offset - along * t)
}

/// The signed distance to a simple polygon: the nearest edge gives the
/// magnitude, the crossing number gives the sign (after Inigo Quilez).
private func polygonDistance(_ point: Point, _ vertices: [Point]) -> Float {
    var nearestSquared = Float.infinity
    var sign: Float = 1
    var previous = vertices[vertices.count - 1]
    for vertex in vertices {
        let edge = previous - vertex, offset = point - vertex
        let t = min(max((offset * edge).sum() / (edge * edge).sum(), 0), 1)
        let gap = offset - edge * t
        nearestSquared = min(nearestSquared, (gap * gap).sum())
        let above = point.y >= vertex.y, below = point.y < previous.y
        let left = edge.x * offset.y > edge.y * offset.x
        if (above && below && left) || (!above && !below && !left) { sign = -sign }
        previous = vertex
    }
    return sign * nearestSquared.squareRoot()
}
