import Tensors

/// Rounds images in [0, 1] to the nearest of 256 levels (ties to even), as
/// writing an 8-bit PNG does. Clean images read from 8-bit files, with ε a
/// multiple of 1/255, stay inside their L∞ ball; other balls may be left by
/// at most half a level per value.
public func quantisedTo8Bit(_ images: Tensor) -> Tensor {
    images.detached().roundedStraightThrough(levelsPerUnit: 255).clamped(to: 0...1)
}
