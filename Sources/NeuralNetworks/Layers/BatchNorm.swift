import Tensors

/// Batch normalisation over the channels (axis 1) of N,C or N,C,H,W batches.
///
/// In training mode it normalises with the batch's statistics and blends them
/// into the running mean and variance (PyTorch's momentum convention); in
/// inference mode it uses the running statistics.
public final class BatchNorm: BuiltInLayer {
    /// The per-channel scale γ (`NAME.weight`).
    public let scale: Parameter
    /// The per-channel offset β (`NAME.bias`).
    public let offset: Parameter
    /// The running mean, not trained (`NAME.running_mean`).
    public let runningMean: Parameter
    /// The running unbiased variance, not trained (`NAME.running_var`).
    public let runningVariance: Parameter
    /// How much of each batch's statistics enters the running ones.
    public let momentum: Float
    /// Added to the variance before the square root.
    public let epsilon: Float

    /// Creates the layer: γ = 1, β = 0, running mean 0 and variance 1.
    public init(_ name: String, channels: Int, momentum: Float = 0.1, epsilon: Float = 1e-5) {
        scale = Parameter(name: name + ".weight", value: .ones([channels]))
        offset = Parameter(name: name + ".bias", value: .zeros([channels]))
        runningMean = Parameter(name: name + ".running_mean", value: .zeros([channels]), isTrainable: false)
        runningVariance = Parameter(name: name + ".running_var", value: .ones([channels]), isTrainable: false)
        self.momentum = momentum
        self.epsilon = epsilon
    }

    /// Normalises the batch (and in training mode updates the running statistics).
    public func callAsFunction(_ input: Tensor, mode: ForwardMode) -> Tensor {
        switch mode {
        case .inference:
            return batchNorm(
                input, scale: scale.current, offset: offset.current, mean: runningMean.value,
                variance: runningVariance.value, epsilon: epsilon)
        case .training:
            var running = BatchNormStatistics(mean: runningMean.value, variance: runningVariance.value)
            let output = batchNormTraining(
                input, scale: scale.current, offset: offset.current, updating: &running, momentum: momentum,
                epsilon: epsilon)
            runningMean.value = running.mean
            runningVariance.value = running.variance
            return output
        }
    }

    /// γ, β, then the running mean and variance.
    public var parameters: [Parameter] { [scale, offset, runningMean, runningVariance] }

    /// An inference-mode BatchNormalization node.
    public func exportONNX(input: String, into graph: inout ONNXGraphBuilder) -> String {
        let inputs = [input] + parameters.map { graph.addInitializer($0.name, $0.value) }
        return graph.addNode(.batchNormalization(epsilon: epsilon), type: .batchNormalization, inputs: inputs)
    }
}
