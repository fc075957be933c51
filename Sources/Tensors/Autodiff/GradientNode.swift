/// Carries the gradient of an operation's output back to its inputs.
///
/// Given the gradient with respect to the output and, for each input, whether
/// its gradient is needed, returns one gradient per input (`nil` where not
/// needed or not defined). Each returned gradient has its input's shape.
public typealias BackwardFunction = (_ outputGradient: Tensor, _ inputNeedsGradient: [Bool]) -> [Tensor?]

/// One entry of the define-by-run gradient tape: the operation that produced a
/// tracked tensor, its tracked inputs, and how to differentiate it.
///
/// Nodes form a graph through `inputs`; a leaf (a tensor the user asked to
/// track) has no backward function. The tape is the graph itself, so it is
/// freed with the tensors that reference it and needs no global state.
final class GradientNode {
    /// The nodes of the operation's inputs; `nil` for inputs that are not tracked.
    private(set) var inputs: [GradientNode?]
    /// How to carry the output gradient to the inputs; `nil` for a leaf.
    let backward: BackwardFunction?
    /// The shape of the tensor this node produced.
    let shape: [Int]

    init(inputs: [GradientNode?], backward: BackwardFunction?, shape: [Int]) {
        self.inputs = inputs
        self.backward = backward
        self.shape = shape
    }

    var isLeaf: Bool { backward == nil }

    /// Releases long chains of nodes iteratively: the default recursive release
    /// of a 100,000-operation tape would overflow the stack.
    deinit {
        var released = inputs.compactMap { $0 }
        inputs = []
        while var node = released.popLast() {
            if isKnownUniquelyReferenced(&node) {
                released.append(contentsOf: node.inputs.compactMap { $0 })
                node.inputs = []
            }
        }
    }
}
