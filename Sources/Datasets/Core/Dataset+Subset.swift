import Tensors

extension Dataset {
    /// The images and labels at `indices`, in that order (indices may repeat).
    public func subset(_ indices: [Int]) -> Dataset {
        let imageSize = imageShape.elementCount
        var scalars = [Float](repeating: 0, count: indices.count * imageSize)
        images.scalars.withUnsafeBufferPointer { source in
            scalars.withUnsafeMutableBufferPointer { destination in
                for (position, index) in indices.enumerated() {
                    precondition(index >= 0 && index < count, "subset index \(index) is outside 0..<\(count)")
                    let from = source.baseAddress! + index * imageSize
                    (destination.baseAddress! + position * imageSize).update(from: from, count: imageSize)
                }
            }
        }
        return Dataset(
            images: Tensor(shape: [indices.count] + imageShape, scalars: scalars),
            labels: indices.map { labels[$0] }, classNames: classNames)
    }
}
