/// Orders nodes so that each comes after the producers of its inputs, keeping
/// file order where the dependencies allow, and refuses graphs with missing
/// inputs, values written twice, or cycles.
struct ONNXGraphSorter {
    /// The model's name for error messages.
    let file: String

    /// `nodes` in topological order. `provided` are the values available
    /// before any node runs (graph inputs and initializers).
    func sorted(_ nodes: [ONNXNode], provided: Set<String>) throws -> [ONNXNode] {
        let producers = try producerIndices(nodes, provided: provided)
        var dependents = [[Int]](repeating: [], count: nodes.count)
        var pending = [Int](repeating: 0, count: nodes.count)
        for (index, node) in nodes.enumerated() {
            for input in node.inputs where !input.isEmpty && !provided.contains(input) {
                guard let producer = producers[input] else {
                    throw ONNXLoadingError.missingInput(
                        file: file, node: node.name, opType: node.opType.rawValue, input: input)
                }
                dependents[producer].append(index)
                pending[index] += 1
            }
        }

        var ready = nodes.indices.filter { pending[$0] == 0 }.reversed() as [Int]  // a stack, smallest index last
        var order: [Int] = []
        order.reserveCapacity(nodes.count)
        while let next = ready.popLast() {
            order.append(next)
            for dependent in dependents[next] {
                pending[dependent] -= 1
                if pending[dependent] == 0 {
                    let position = ready.firstIndex { $0 < dependent } ?? ready.endIndex
                    ready.insert(dependent, at: position)
                }
            }
        }
        guard order.count == nodes.count else {
            throw ONNXLoadingError.cycle(file: file, nodes: cycle(in: nodes, producers: producers, pending: pending))
        }
        return order.map { nodes[$0] }
    }

    /// Which node writes each value; refuses values written twice.
    private func producerIndices(_ nodes: [ONNXNode], provided: Set<String>) throws -> [String: Int] {
        var producers: [String: Int] = [:]
        for (index, node) in nodes.enumerated() {
            for output in node.outputs where !output.isEmpty {
                if provided.contains(output) || producers[output] != nil {
                    throw ONNXLoadingError.duplicateValue(
                        file: file, value: output, producer: "node \"\(node.name)\" (\(node.opType.rawValue))")
                }
                producers[output] = index
            }
        }
        return producers
    }

    /// The names of the nodes of one cycle among those never scheduled, in
    /// dependency order (each feeds the next, the last feeds the first).
    private func cycle(in nodes: [ONNXNode], producers: [String: Int], pending: [Int]) -> [String] {
        var path: [Int] = []
        var current = pending.firstIndex { $0 > 0 }!
        while !path.contains(current) {
            path.append(current)
            // A node still pending has an input whose producer was never scheduled either.
            current = nodes[current].inputs.compactMap { producers[$0] }.first { pending[$0] > 0 }!
        }
        return path[path.firstIndex(of: current)!...].reversed().map { nodes[$0].name }
    }
}
