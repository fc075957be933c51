import Tensors

extension Tensor {
    /// The images with a patch pasted on each, x·(1 − m̃) + (p·m)~, where ~
    /// is the placement's warp (one bilinear `gridSample` for the batch).
    ///
    /// `self` is N,C,H,W; `patch` is 1,C,h,w and `mask` 1,1,h,w coverage in
    /// [0, 1]; `placements` has one entry per image. The patch is sampled
    /// premultiplied by its mask, so where the warped mask is 1 the result
    /// is the warped patch and where it is 0 the image is untouched.
    /// Differentiable with respect to the images and the patch.
    public func pastingPatch(_ patch: Tensor, mask: Tensor, placements: [PatchPlacement]) -> Tensor {
        let (count, channels, height, width) = (shape[0], shape[1], shape[2], shape[3])
        precondition(rank == 4 && placements.count == count, "pastingPatch: one placement per image of \(shape)")
        precondition(
            patch.rank == 4 && patch.shape[0] == 1 && patch.shape[1] == channels,
            "pastingPatch: patch must be 1×\(channels)×h×w, got \(patch.shape)")
        precondition(
            mask.shape == [1, 1, patch.shape[2], patch.shape[3]],
            "pastingPatch: mask must be 1×1×\(patch.shape[2])×\(patch.shape[3]), got \(mask.shape)")
        let (patchHeight, patchWidth) = (patch.shape[2], patch.shape[3])
        let layers = concatenate([patch * mask, mask], alongAxis: 1)
        let copies = count == 1 ? layers : layers.gathering(atIndices: Array(repeating: 0, count: count))
        let theta = Tensor(
            shape: [count, 2, 3],
            scalars: placements.flatMap {
                $0.samplingMatrix(imageWidth: width, imageHeight: height, patchWidth: patchWidth, patchHeight: patchHeight)
            })
        let warped = gridSample(copies, grid: affineGrid(theta, height: height, width: width), padding: .zeros)
        let coverage = warped.sliced(alongAxis: 1, channels..<(channels + 1))
        return self * (1 - coverage) + warped.sliced(alongAxis: 1, 0..<channels)
    }
}
