/// A tensor viewed as `[outer, extent, inner]` around one axis: the layout of
/// every "along an axis" operation.
struct AxisLayout {
    let outer: Int
    let extent: Int
    let inner: Int

    init(shape: [Int], axis: Int) {
        outer = shape[..<axis].reduce(1, *)
        extent = shape[axis]
        inner = shape[(axis + 1)...].reduce(1, *)
    }
}
