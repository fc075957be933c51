extension Tensor {
    /// Applies `forward` to every value and records a backward pass that
    /// multiplies the output gradient by `derivative(x, y)`, the derivative
    /// at input x whose output was y.
    ///
    /// The building block of the elementwise functions and activations;
    /// operations and layers elsewhere can use it for their own pointwise maps.
    public func mappingElementwise(
        _ forward: (Float) -> Float,
        derivative: @escaping (_ input: Float, _ output: Float) -> Float
    ) -> Tensor {
        let outputs = elementwiseMap(scalars, forward)
        guard isTrackingGradient else { return Tensor(shape: shape, scalars: outputs) }
        let inputs = scalars
        return Tensor.recordingOperation(shape: shape, scalars: outputs, inputs: [self]) { gradient, _ in
            [
                Tensor(
                    shape: gradient.shape,
                    scalars: elementwiseZip3(gradient.scalars, inputs, outputs) { $0 * derivative($1, $2) })
            ]
        }
    }
}
