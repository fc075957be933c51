/// Reverse-mode differentiation of `output` with respect to tracked tensors.
///
/// Computes the vector-Jacobian product `seedᵀ · ∂output/∂x` for each `x` in
/// `targets`; with the default seed (all ones) that is the gradient of the sum
/// of `output`. Every target must be tracked (``Tensor/trackingGradient()``)
/// or have been computed from tracked tensors. A target that `output` does not
/// depend on gets a zero gradient. Only the branches of the tape that lead to a
/// target are differentiated, so asking for the input gradient of a model does
/// not compute its weight gradients.
public func gradients(of output: Tensor, withRespectTo targets: [Tensor], seed: Tensor? = nil) -> [Tensor] {
    let targetNodes = targets.enumerated().map { index, target -> GradientNode in
        guard let node = target.gradientNode else {
            preconditionFailure(
                "gradients(of:withRespectTo:): target \(index) (shape \(target.shape)) is not tracked; "
                    + "call trackingGradient() on it before computing the output")
        }
        return node
    }
    let outputSeed = seed ?? Tensor.ones(output.shape)
    precondition(
        outputSeed.shape == output.shape,
        "gradients(of:withRespectTo:): seed shape \(outputSeed.shape) differs from output shape \(output.shape)")
    guard let outputNode = output.gradientNode else {
        return targets.map { Tensor.zeros($0.shape) }
    }

    let order = postOrder(from: outputNode)
    let targetIDs = Set(targetNodes.map(ObjectIdentifier.init))
    var leadsToTarget: [ObjectIdentifier: Bool] = [:]
    for node in order {
        let id = ObjectIdentifier(node)
        leadsToTarget[id] = targetIDs.contains(id)
            || node.inputs.contains { input in input.map { leadsToTarget[ObjectIdentifier($0)] ?? false } ?? false }
    }

    var pending: [ObjectIdentifier: Tensor] = [ObjectIdentifier(outputNode): outputSeed.detached()]
    var results: [ObjectIdentifier: Tensor] = [:]
    for node in order.reversed() {
        let id = ObjectIdentifier(node)
        guard let gradient = pending.removeValue(forKey: id) else { continue }
        if targetIDs.contains(id) { results[id] = gradient }
        guard let backward = node.backward else { continue }
        let needs = node.inputs.map { input in input.map { leadsToTarget[ObjectIdentifier($0)] ?? false } ?? false }
        guard needs.contains(true) else { continue }
        let inputGradients = backward(gradient, needs)
        precondition(inputGradients.count == node.inputs.count, "a backward function returned the wrong number of gradients")
        for (input, inputGradient) in zip(node.inputs, inputGradients) {
            guard let input, let inputGradient, leadsToTarget[ObjectIdentifier(input)] == true else { continue }
            precondition(
                inputGradient.shape == input.shape,
                "a backward function returned a gradient of shape \(inputGradient.shape) for an input of shape \(input.shape)")
            let inputID = ObjectIdentifier(input)
            if let existing = pending[inputID] {
                pending[inputID] = existing.accumulating(inputGradient)
            } else {
                pending[inputID] = inputGradient.detached()
            }
        }
    }
    return zip(targets, targetNodes).map { target, node in
        results[ObjectIdentifier(node)] ?? Tensor.zeros(target.shape)
    }
}

/// The value of `body` at `x` and its gradient with respect to `x`, in the
/// style of MLX's `valueAndGrad`. `body` should return one value (a loss); for
/// a larger output the gradient is that of its sum.
public func valueAndGradient(at x: Tensor, of body: (Tensor) -> Tensor) -> (value: Tensor, gradient: Tensor) {
    let (value, gradientsList) = valueAndGradients(at: [x]) { body($0[0]) }
    return (value, gradientsList[0])
}

/// The value of `body` at several inputs and its gradient with respect to each.
public func valueAndGradients(at xs: [Tensor], of body: ([Tensor]) -> Tensor) -> (value: Tensor, gradients: [Tensor]) {
    let tracked = xs.map { $0.trackingGradient() }
    let value = body(tracked)
    return (value.detached(), gradients(of: value, withRespectTo: tracked))
}

/// The nodes reachable from `root`, each after all of its inputs (iterative,
/// so deep networks cannot overflow the stack).
private func postOrder(from root: GradientNode) -> [GradientNode] {
    var order: [GradientNode] = []
    var visited: Set<ObjectIdentifier> = [ObjectIdentifier(root)]
    var stack: [(node: GradientNode, nextInput: Int)] = [(root, 0)]
    while !stack.isEmpty {
        let (node, nextInput) = stack[stack.count - 1]
        if nextInput < node.inputs.count {
            stack[stack.count - 1].nextInput += 1
            if let input = node.inputs[nextInput], visited.insert(ObjectIdentifier(input)).inserted {
                stack.append((input, 0))
            }
        } else {
            order.append(node)
            stack.removeLast()
        }
    }
    return order
}

extension Tensor {
    /// Elementwise sum of two tensors of one shape, without recording.
    func accumulating(_ other: Tensor) -> Tensor {
        var sum = self.detached()
        sum.scalars.withUnsafeMutableBufferPointer { target in
            other.scalars.withUnsafeBufferPointer { source in
                for index in target.indices { target[index] += source[index] }
            }
        }
        return sum
    }
}
