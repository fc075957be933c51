/// Bilinear lookups in a premultiplied RGBA canvas that spans sign
/// coordinates [-1, 1] x [-1, 1]; outside it is transparent.
struct TextureSampler {
    private let texture: Canvas
    private let scale: Float

    init(texture: Canvas) {
        precondition(texture.channels == 4, "a sign texture is premultiplied RGBA")
        self.texture = texture
        scale = Float(texture.width) / 2
    }

    /// The premultiplied RGBA value at sign position `position`.
    @inline(__always) func sample(at position: Point) -> SIMD4<Float> {
        let x = (position.x + 1) * scale - 0.5, y = (position.y + 1) * scale - 0.5
        guard x > -1, y > -1, x < Float(texture.width), y < Float(texture.height) else { return .zero }
        let left = Int(x.rounded(.down)), top = Int(y.rounded(.down))
        let fx = x - Float(left), fy = y - Float(top)
        return texel(left, top) * ((1 - fx) * (1 - fy)) + texel(left + 1, top) * (fx * (1 - fy))
            + texel(left, top + 1) * ((1 - fx) * fy) + texel(left + 1, top + 1) * (fx * fy)
    }

    @inline(__always) private func texel(_ x: Int, _ y: Int) -> SIMD4<Float> {
        guard x >= 0, y >= 0, x < texture.width, y < texture.height else { return .zero }
        let pixel = y * texture.width + x, plane = texture.planeSize
        return SIMD4(
            texture.planes[pixel], texture.planes[plane + pixel], texture.planes[2 * plane + pixel],
            texture.planes[3 * plane + pixel])
    }
}
