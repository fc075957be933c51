/// Bilinear lookups in premultiplied RGBA planes that span sign coordinates
/// [-1, 1] x [-1, 1]; outside them everything is transparent.
///
/// The sampler reads through a pointer: use it only inside the closure that
/// lent the planes.
struct TextureSampler {
    private let planes: UnsafeBufferPointer<Float>
    private let width: Int
    private let height: Int
    private let scale: Float

    /// A sampler over the four planes of a `width` x `height` texture.
    init(planes: UnsafeBufferPointer<Float>, width: Int, height: Int) {
        precondition(planes.count == 4 * width * height, "a sign texture is four planes of premultiplied RGBA")
        self.planes = planes
        self.width = width
        self.height = height
        scale = Float(width) / 2
    }

    /// The premultiplied RGBA value at sign position `position`.
    @inline(__always) func sample(at position: Point) -> SIMD4<Float> {
        let x = (position.x + 1) * scale - 0.5, y = (position.y + 1) * scale - 0.5
        guard x > -1, y > -1, x < Float(width), y < Float(height) else { return .zero }
        let left = Int(x.rounded(.down)), top = Int(y.rounded(.down))
        let fx = x - Float(left), fy = y - Float(top)
        return texel(left, top) * ((1 - fx) * (1 - fy)) + texel(left + 1, top) * (fx * (1 - fy))
            + texel(left, top + 1) * ((1 - fx) * fy) + texel(left + 1, top + 1) * (fx * fy)
    }

    @inline(__always) private func texel(_ x: Int, _ y: Int) -> SIMD4<Float> {
        guard x >= 0, y >= 0, x < width, y < height else { return .zero }
        let pixel = y * width + x, plane = width * height
        return SIMD4(planes[pixel], planes[plane + pixel], planes[2 * plane + pixel], planes[3 * plane + pixel])
    }
}
