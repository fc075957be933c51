import NeuralNetworks
import Tensors

/// The optimisation loop that patch and sticker attacks share: per step, set
/// the scheduled learning rate, take the loss and gradient of one
/// parameter, update it, clamp it, record the step and stop early once the
/// mean success rate of the last ``PatchSettings/earlyStopWindow`` steps
/// reaches the wanted rate.
struct PatchOptimisation {
    /// What one step measured: the objective's mean loss, the whole loss
    /// (a scalar tensor, tracked) and the batch's success rate.
    struct StepValue {
        var loss: Float = 0
        var total: Tensor = Tensor(0)
        var successRate: Float = 0
    }

    let steps: Int
    let optimizer: PatchOptimizer
    let learningRate: Float
    let schedule: PatchSchedule
    let earlyStopRate: Float?
    /// The values the parameter is clamped to after each update.
    let bounds: ClosedRange<Float>

    /// Runs the loop on `parameter`; `step` computes one step's value with
    /// the parameter tracked (read ``Parameter/current``).
    func run(
        _ parameter: Parameter, progress: (PatchTrainingStep) -> Void, step: (Int) -> StepValue
    ) -> (history: [PatchTrainingStep], stoppedEarly: Bool) {
        var optimiser = optimizer.make(learningRate: learningRate)
        let rates = schedule.schedule(steps: steps)
        var history: [PatchTrainingStep] = []
        for index in 0..<steps {
            optimiser.learningRate = rates.rate(at: index, base: learningRate)
            var value = StepValue()
            let (total, gradients) = valueAndGradients(of: [parameter]) {
                value = step(index)
                return value.total
            }
            optimiser.update([parameter], along: gradients)
            parameter.value = parameter.value.clamped(to: bounds)
            history.append(
                PatchTrainingStep(
                    step: index, loss: value.loss, totalLoss: total.scalars[0], successRate: value.successRate,
                    learningRate: optimiser.learningRate))
            progress(history[index])
            if let earlyStopRate, history.count >= PatchSettings.earlyStopWindow {
                let recent = history.suffix(PatchSettings.earlyStopWindow).map(\.successRate)
                if recent.reduce(0, +) / Float(recent.count) >= earlyStopRate { return (history, true) }
            }
        }
        return (history, false)
    }
}
