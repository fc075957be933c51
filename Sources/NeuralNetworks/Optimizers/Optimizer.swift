import Tensors

/// Updates parameters along their gradients, one training step at a time.
///
/// An optimizer's per-parameter state (momentum, moment estimates) is kept in
/// the order of the parameter list it is given, which must be the same on
/// every step; ``state`` exposes it for checkpoints, so a resumed run
/// continues exactly where it stopped.
public protocol Optimizer {
    /// The learning rate of the next step (schedules set it each step).
    var learningRate: Float { get set }
    /// Applies one step: `gradients[i]` is the gradient of `parameters[i]`.
    mutating func update(_ parameters: [Parameter], along gradients: [Tensor])
    /// The per-parameter state, for checkpoints.
    var state: OptimizerState { get set }
}

/// An optimizer's saved state: a step count and named per-parameter buffers
/// (for example `"momentum"`, `"firstMoment"`), each aligned with the
/// parameter list.
public struct OptimizerState: Codable, Equatable, Sendable {
    /// Steps taken so far.
    public var step: Int = 0
    /// Per-parameter buffers by name; each array is aligned with the parameters.
    public var buffers: [String: [[Float]]] = [:]

    /// Creates an empty state.
    public init() {}

    /// The buffer `name` for parameter `index`, created as zeros of `count` values.
    mutating func buffer(_ name: String, index: Int, parameterCount: Int, count: Int) -> [Float] {
        if buffers[name] == nil { buffers[name] = Array(repeating: [], count: parameterCount) }
        precondition(
            buffers[name]!.count == parameterCount,
            "optimizer state was saved for \(buffers[name]!.count) parameters but \(parameterCount) are being trained")
        if buffers[name]![index].isEmpty { buffers[name]![index] = [Float](repeating: 0, count: count) }
        return buffers[name]![index]
    }
}

extension Optimizer {
    /// Checks that parameters and gradients pair up.
    func precheck(_ parameters: [Parameter], _ gradients: [Tensor]) {
        precondition(
            parameters.count == gradients.count,
            "optimizer got \(parameters.count) parameters but \(gradients.count) gradients")
        for (parameter, gradient) in zip(parameters, gradients) {
            precondition(
                parameter.value.shape == gradient.shape,
                "gradient of \(parameter.name) has shape \(gradient.shape), parameter has \(parameter.value.shape)")
        }
    }
}
