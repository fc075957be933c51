/// The tensors, which must share one shape, stacked along a new dimension at
/// `axis` (PyTorch `stack`): `n` tensors of shape `[a, b]` stacked at axis 0
/// give `[n, a, b]`. Gradients flow back to each.
public func stack(_ tensors: [Tensor], alongAxis axis: Int = 0) -> Tensor {
    precondition(!tensors.isEmpty, "stack needs at least one tensor")
    let shape = tensors[0].shape
    for tensor in tensors.dropFirst() {
        precondition(tensor.shape == shape, "stack: shape \(tensor.shape) differs from shape \(shape)")
    }
    let resolved = normalisedAxis(axis, rank: shape.count + 1)
    return concatenate(tensors.map { $0.unsqueezed(at: [resolved]) }, alongAxis: resolved)
}

extension Tensor {
    /// This tensor cut along `axis` into consecutive pieces of the given
    /// sizes, which must add up to the dimension (ONNX Split).
    public func split(sizes: [Int], alongAxis axis: Int) -> [Tensor] {
        let resolved = normalisedAxis(axis, rank: rank)
        precondition(
            sizes.allSatisfy { $0 >= 0 } && sizes.reduce(0, +) == shape[resolved],
            "split(sizes:alongAxis:): sizes \(sizes) do not add up to dimension \(resolved) of shape \(shape)")
        var start = 0
        return sizes.map { size in
            defer { start += size }
            return sliced(alongAxis: resolved, start..<(start + size))
        }
    }
}
