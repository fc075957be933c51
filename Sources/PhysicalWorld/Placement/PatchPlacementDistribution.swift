import Tensors

/// Random placements of a patch on images (Brown et al. 2017): a rotation
/// drawn uniformly within ±``rotation`` degrees, a scale factor uniform in
/// ``scale``, and a centre drawn uniformly inside ``centreX``×``centreY``
/// (fractions of the image, for instance the part of a scene where the
/// object is) where the scaled patch's box also fits inside the image (the
/// middle of that range, kept inside the image if possible, when it does not fit).
public struct PatchPlacementDistribution: Equatable, Sendable {
    /// The largest rotation in degrees either way (Brown: 22.5).
    public var rotation: Float
    /// The range of the size factor.
    public var scale: ClosedRange<Float>
    /// Where the centre may go horizontally, as fractions of the image width.
    public var centreX: ClosedRange<Float>
    /// Where the centre may go vertically, as fractions of the image height.
    public var centreY: ClosedRange<Float>

    /// A distribution; `rotation` must be in 0…180, `scale` positive, the centre ranges within 0…1.
    public init(
        rotation: Float = 22.5, scale: ClosedRange<Float> = 1...1, centreX: ClosedRange<Float> = 0...1,
        centreY: ClosedRange<Float> = 0...1
    ) {
        precondition((0...180).contains(rotation), "patch rotation must be within 0…180 degrees, got \(rotation)")
        precondition(scale.lowerBound > 0, "patch scale must be positive, got \(scale)")
        precondition(
            centreX.lowerBound >= 0 && centreX.upperBound <= 1 && centreY.lowerBound >= 0 && centreY.upperBound <= 1,
            "patch centre ranges must lie within 0…1, got \(centreX) and \(centreY)")
        self.rotation = rotation
        self.scale = scale
        self.centreX = centreX
        self.centreY = centreY
    }

    /// `count` placements of a `patchWidth`×`patchHeight` patch on
    /// `imageWidth`×`imageHeight` images.
    public func sample(
        count: Int, imageWidth: Int, imageHeight: Int, patchWidth: Int, patchHeight: Int,
        using generator: inout RandomGenerator
    ) -> [PatchPlacement] {
        (0..<count).map { _ in
            let angle = rotation > 0 ? generator.uniform(in: -rotation...rotation) : 0
            let factor = scale.lowerBound < scale.upperBound ? generator.uniform(in: scale) : scale.lowerBound
            func centre(patch: Int, image: Int, allowed: ClosedRange<Float>) -> Float {
                let half = Swift.min(factor * Float(patch) / (2 * Float(image)), 0.5)
                let (low, high) = (Swift.max(half, allowed.lowerBound), Swift.min(1 - half, allowed.upperBound))
                guard low < high else {
                    return Swift.min(Swift.max((allowed.lowerBound + allowed.upperBound) / 2, half), 1 - half)
                }
                return generator.uniform(in: low...high)
            }
            let x = centre(patch: patchWidth, image: imageWidth, allowed: centreX)
            let y = centre(patch: patchHeight, image: imageHeight, allowed: centreY)
            return PatchPlacement(centreX: x, centreY: y, scale: factor, rotation: angle)
        }
    }
}
