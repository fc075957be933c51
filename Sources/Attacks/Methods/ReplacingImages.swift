import Tensors

/// `base` with image i replaced by image i of `replacement` wherever `mask[i]`.
func replacingImages(of base: Tensor, with replacement: Tensor, where mask: [Bool]) -> Tensor {
    guard mask.contains(true) else { return base }
    guard mask.contains(false) else { return replacement }
    let size = base.scalarCount / base.shape[0]
    var values = base.scalars
    for (image, replace) in mask.enumerated() where replace {
        values.replaceSubrange((image * size)..<((image + 1) * size), with: replacement.scalars[(image * size)..<((image + 1) * size)])
    }
    return Tensor(shape: base.shape, scalars: values)
}
