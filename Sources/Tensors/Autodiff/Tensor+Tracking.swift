extension Tensor {
    /// Whether operations on this tensor are recorded for differentiation.
    public var isTrackingGradient: Bool { gradientNode != nil }

    /// This tensor as a new leaf of the gradient tape: results computed from it
    /// record their operations, and ``gradients(of:withRespectTo:seed:)`` can
    /// differentiate with respect to it.
    public func trackingGradient() -> Tensor {
        var leaf = self
        leaf.gradientNode = GradientNode(inputs: [], backward: nil, shape: shape)
        return leaf
    }

    /// The same values with no tape attached; operations on it record nothing.
    public func detached() -> Tensor {
        var plain = self
        plain.gradientNode = nil
        return plain
    }

    /// Builds the result of an operation and, when any input is tracked,
    /// records on the tape how to carry gradients back to the inputs.
    ///
    /// Operations call this with their computed values. When no input is
    /// tracked nothing is recorded and `backward` is dropped unused, so
    /// inference costs no tape. `backward` receives an untracked output
    /// gradient and must return one entry per input; it should capture
    /// ``detached()`` copies of whatever it needs so the tape holds no cycles.
    public static func recordingOperation(
        shape: [Int],
        scalars: [Float],
        inputs: [Tensor],
        backward: @escaping BackwardFunction
    ) -> Tensor {
        var result = Tensor(shape: shape, scalars: scalars)
        let inputNodes = inputs.map(\.gradientNode)
        if inputNodes.contains(where: { $0 != nil }) {
            result.gradientNode = GradientNode(inputs: inputNodes, backward: backward, shape: shape)
        }
        return result
    }
}
