import Tensors

/// Random placements of a patch on images (Brown et al. 2017): a rotation
/// drawn uniformly within ±``rotation`` degrees, a scale factor uniform in
/// ``scale``, and a centre drawn uniformly where the scaled patch's box fits
/// inside the image (the centre of the image when it does not fit).
public struct PatchPlacementDistribution: Equatable, Sendable {
    /// The largest rotation in degrees either way (Brown: 22.5).
    public var rotation: Float
    /// The range of the size factor.
    public var scale: ClosedRange<Float>

    /// A distribution; `rotation` must be in 0…180, `scale` positive.
    public init(rotation: Float = 22.5, scale: ClosedRange<Float> = 1...1) {
        precondition((0...180).contains(rotation), "patch rotation must be within 0…180 degrees, got \(rotation)")
        precondition(scale.lowerBound > 0, "patch scale must be positive, got \(scale)")
        self.rotation = rotation
        self.scale = scale
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
            func centre(patch: Int, image: Int) -> Float {
                let half = factor * Float(patch) / (2 * Float(image))
                return half < 0.5 ? generator.uniform(in: half...(1 - half)) : 0.5
            }
            let x = centre(patch: patchWidth, image: imageWidth)
            let y = centre(patch: patchHeight, image: imageHeight)
            return PatchPlacement(centreX: x, centreY: y, scale: factor, rotation: angle)
        }
    }
}
