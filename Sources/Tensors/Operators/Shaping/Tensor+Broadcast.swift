extension Tensor {
    /// This tensor repeated along new leading dimensions and dimensions of
    /// extent 1 to fill `shape` (NumPy `broadcast_to`, ONNX Expand with a
    /// shape that contains this one's). The gradient is summed back.
    public func broadcasted(to shape: [Int]) -> Tensor {
        let resolved = broadcastShape(self.shape, shape)
        precondition(
            resolved == shape, "cannot broadcast shape \(self.shape) to \(shape): the result would be \(resolved)")
        if self.shape == shape { return self }
        let layout = BroadcastLayout(shape: shape, a: self.shape, b: shape)
        let count = shape.elementCount
        let inner = layout.inner, stride = layout.innerStrideA
        let values = [Float](unsafeUninitializedCapacity: count) { output, initialized in
            scalars.withUnsafeBufferPointer { source in
                let x = source.baseAddress!, target = output.baseAddress!
                for row in 0..<layout.rowCount {
                    let offset = layout.rowOffsets(row).a
                    let out = target + row * inner
                    if stride == 0 {
                        out.update(repeating: x[offset], count: inner)
                    } else {
                        out.update(from: x + offset, count: inner)
                    }
                }
            }
            initialized = count
        }
        let originalShape = self.shape
        return Tensor.recordingOperation(shape: shape, scalars: values, inputs: [self]) { gradient, _ in
            [gradient.summedForBroadcast(to: originalShape)]
        }
    }
}
