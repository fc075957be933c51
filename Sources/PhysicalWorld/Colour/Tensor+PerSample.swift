import Tensors

extension Tensor {
    /// One value per image as an M,1,1,1 tensor, to broadcast over an M,C,H,W batch.
    static func perImage(_ values: [Float]) -> Tensor {
        Tensor(shape: [values.count, 1, 1, 1], scalars: values)
    }

    /// Mixes the channels of an M,3,H,W batch: output channel c of image m is
    /// Σ_d matrices[m, c, d] · input channel d. `matrices` is M,3,3, or 1,3,3
    /// for one matrix for all images. Differentiable with respect to the images.
    func mixingChannels(_ matrices: Tensor) -> Tensor {
        let (count, height, width) = (shape[0], shape[2], shape[3])
        let pixels = reshaped([count, 1, 3, height * width])
        let weights = matrices.reshaped([matrices.shape[0], 3, 3, 1])
        return (pixels * weights).sum(alongAxes: [2]).reshaped([count, 3, height, width])
    }
}
