import Tensors

/// A named tensor owned by a layer: a trainable weight, or state such as a
/// batch-norm running mean that is saved and exported but not trained.
///
/// Parameters are reference types so that an optimizer can update the weights
/// of a model in place however deeply its layers nest. While gradients are
/// being taken (``withTrackedParameters(_:_:)``) a layer reads ``current``,
/// the tracked copy; otherwise ``current`` is the plain value.
public final class Parameter {
    /// A dotted name unique within its model (`block1.conv.weight`), as used in
    /// ONNX initializers and checkpoints.
    public var name: String
    /// The value.
    public var value: Tensor
    /// Whether optimizers update this parameter (false for running statistics).
    public let isTrainable: Bool
    /// The tracked copy of `value` while gradients are being taken.
    fileprivate var tracked: Tensor?

    /// Creates a parameter.
    public init(name: String, value: Tensor, isTrainable: Bool = true) {
        self.name = name
        self.value = value
        self.isTrainable = isTrainable
    }

    /// The tensor layers compute with: tracked while gradients are taken.
    public var current: Tensor { tracked ?? value }
}

/// Runs `body` with every trainable parameter tracked and returns its value
/// and the gradient of that value with respect to each parameter, in order.
///
/// Untrainable parameters get no gradient entry; pass only the ones you train.
public func valueAndGradients(
    of parameters: [Parameter], _ body: () -> Tensor
) -> (value: Tensor, gradients: [Tensor]) {
    for parameter in parameters { parameter.tracked = parameter.value.trackingGradient() }
    defer { for parameter in parameters { parameter.tracked = nil } }
    let value = body()
    let tracked = parameters.map { $0.tracked! }
    return (value.detached(), gradients(of: value, withRespectTo: tracked))
}
