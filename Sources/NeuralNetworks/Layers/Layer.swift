import Tensors

/// Whether a forward pass is part of training (batch statistics, dropout on)
/// or inference.
public enum ForwardMode: Sendable {
    /// Training: batch norm uses and updates batch statistics, dropout drops.
    case training
    /// Inference: running statistics, no dropout. Attacks always use this.
    case inference
}

/// A differentiable building block of a model, called like a function.
///
/// Layers are classes that own their ``Parameter``s, so optimizers can update
/// them in place. Gradients with respect to the input come from the tensor
/// tape; gradients with respect to parameters from ``valueAndGradients(of:_:)``.
public protocol Layer: AnyObject {
    /// Runs the layer on a batch.
    func callAsFunction(_ input: Tensor, mode: ForwardMode) -> Tensor
    /// Every parameter of this layer and the layers it contains, in a stable order.
    var parameters: [Parameter] { get }
}

extension Layer {
    /// Runs the layer in inference mode.
    public func callAsFunction(_ input: Tensor) -> Tensor {
        self(input, mode: .inference)
    }

    /// The parameters that optimizers update.
    public var trainableParameters: [Parameter] { parameters.filter(\.isTrainable) }

    /// The number of trainable values.
    public var trainableValueCount: Int { trainableParameters.reduce(0) { $0 + $1.value.scalarCount } }
}
