import Tensors

extension Dataset {
    /// The images at `indices`, in that order (indices may repeat), as a
    /// tensor N,C,H,W in [0, 1].
    public func images(at indices: [Int]) -> Tensor {
        let scalars: [Float]
        switch storage {
        case .bytes(let values): scalars = gather(values, indices).map { Float($0) / 255 }
        case .floats(let values): scalars = gather(values, indices)
        }
        return Tensor(shape: [indices.count] + imageShape, scalars: scalars)
    }

    /// The images and labels at `indices`, in that order (indices may repeat),
    /// held as this dataset holds them.
    public func subset(_ indices: [Int]) -> Dataset {
        let selected: Storage
        switch storage {
        case .bytes(let values): selected = .bytes(gather(values, indices))
        case .floats(let values): selected = .floats(gather(values, indices))
        }
        return Dataset(
            storage: selected, imageShape: imageShape, labels: indices.map { labels[$0] }, classNames: classNames)
    }

    /// The values of the images at `indices`, one image after the other.
    private func gather<Value>(_ values: [Value], _ indices: [Int]) -> [Value] {
        let imageSize = imageShape.elementCount
        var gathered: [Value] = []
        gathered.reserveCapacity(indices.count * imageSize)
        for index in indices {
            precondition(index >= 0 && index < count, "image index \(index) is outside 0..<\(count)")
            gathered.append(contentsOf: values[(index * imageSize)..<((index + 1) * imageSize)])
        }
        return gathered
    }
}
