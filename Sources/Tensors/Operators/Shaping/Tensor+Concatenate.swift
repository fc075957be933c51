/// The tensors joined along `axis`; all other dimensions must agree.
/// The gradient is split back into the pieces.
public func concatenate(_ tensors: [Tensor], alongAxis axis: Int) -> Tensor {
    precondition(!tensors.isEmpty, "concatenate needs at least one tensor")
    let first = tensors[0]
    let resolved = normalisedAxis(axis, rank: first.rank)
    for tensor in tensors.dropFirst() {
        precondition(
            tensor.rank == first.rank
                && tensor.shape.indices.allSatisfy { $0 == resolved || tensor.shape[$0] == first.shape[$0] },
            "concatenate along axis \(resolved): shape \(tensor.shape) does not match shape \(first.shape) outside that axis")
    }
    if tensors.count == 1 { return first }
    let outer = first.shape[..<resolved].reduce(1, *)
    let inner = first.shape[(resolved + 1)...].reduce(1, *)
    let blocks = tensors.map { $0.shape[resolved] * inner }
    let rowLength = blocks.reduce(0, +)
    var shape = first.shape
    shape[resolved] = tensors.map { $0.shape[resolved] }.reduce(0, +)
    let count = outer * rowLength
    let values = [Float](unsafeUninitializedCapacity: count) { output, initialized in
        var column = 0
        for (tensor, block) in zip(tensors, blocks) {
            tensor.scalars.withUnsafeBufferPointer { source in
                for row in 0..<outer {
                    (output.baseAddress! + row * rowLength + column).update(from: source.baseAddress! + row * block, count: block)
                }
            }
            column += block
        }
        initialized = count
    }
    let shapes = tensors.map(\.shape)
    return Tensor.recordingOperation(shape: shape, scalars: values, inputs: tensors) { gradient, needs in
        var column = 0
        var pieces: [Tensor?] = []
        for (index, block) in blocks.enumerated() {
            defer { column += block }
            guard needs[index] else {
                pieces.append(nil)
                continue
            }
            let piece = [Float](unsafeUninitializedCapacity: outer * block) { output, initialized in
                gradient.scalars.withUnsafeBufferPointer { source in
                    for row in 0..<outer {
                        (output.baseAddress! + row * block).update(from: source.baseAddress! + row * rowLength + column, count: block)
                    }
                }
                initialized = outer * block
            }
            pieces.append(Tensor(shape: shapes[index], scalars: piece))
        }
        return pieces
    }
}
