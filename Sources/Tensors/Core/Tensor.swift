/// An n-dimensional array of `Float` values stored contiguously in row-major
/// order; images are laid out N,C,H,W.
///
/// `Tensor` has value semantics: copies share storage until one of them is
/// written (copy-on-write through `Array`). A tensor may also carry a node of
/// the gradient tape (see ``trackingGradient()``); operations on tracked
/// tensors record how to carry gradients back, operations on untracked tensors
/// record nothing.
public struct Tensor {
    /// The extent of each dimension; `[]` for a scalar.
    public private(set) var shape: [Int]
    /// The values in row-major order; `scalars.count == shape.product`.
    public internal(set) var scalars: [Float]
    /// The tape node that produced this tensor, when gradients are tracked.
    var gradientNode: GradientNode?

    /// Creates a tensor of the given shape from row-major values.
    public init(shape: [Int], scalars: [Float]) {
        precondition(shape.allSatisfy { $0 >= 0 }, "Tensor shape \(shape) has a negative dimension")
        precondition(
            shape.elementCount == scalars.count,
            "Tensor shape \(shape) holds \(shape.elementCount) values but \(scalars.count) were given")
        self.shape = shape
        self.scalars = scalars
        self.gradientNode = nil
        _ = AllocationPolicy.isApplied
    }

    /// Creates a tensor of the given shape with every value equal to `value`.
    public init(shape: [Int], repeating value: Float) {
        self.init(shape: shape, scalars: [Float](repeating: value, count: shape.elementCount))
    }

    /// Creates a rank-0 tensor holding one value.
    public init(_ value: Float) {
        self.init(shape: [], scalars: [value])
    }

    /// Creates a rank-1 tensor from the given values.
    public init(_ values: [Float]) {
        self.init(shape: [values.count], scalars: values)
    }

    /// The number of dimensions.
    public var rank: Int { shape.count }

    /// The number of values (the product of the shape).
    public var scalarCount: Int { scalars.count }

    /// The single value of a tensor that holds exactly one.
    public var scalar: Float {
        precondition(scalars.count == 1, "scalar requires a tensor with one value, shape is \(shape)")
        return scalars[0]
    }

    /// The value at a full multi-dimensional index.
    public subscript(indices: Int...) -> Float {
        scalars[shape.flatIndex(indices)]
    }

    /// A tensor of zeros with the given shape.
    public static func zeros(_ shape: [Int]) -> Tensor { Tensor(shape: shape, repeating: 0) }

    /// A tensor of ones with the given shape.
    public static func ones(_ shape: [Int]) -> Tensor { Tensor(shape: shape, repeating: 1) }
}

extension Tensor: Equatable {
    /// Two tensors are equal when shapes and every value are equal; gradient
    /// tracking is ignored.
    public static func == (lhs: Tensor, rhs: Tensor) -> Bool {
        lhs.shape == rhs.shape && lhs.scalars == rhs.scalars
    }
}

extension Tensor: CustomStringConvertible {
    /// A short description: the shape and the first values.
    public var description: String {
        let shown = scalars.prefix(8).map { String($0) }.joined(separator: ", ")
        let more = scalars.count > 8 ? ", … (\(scalars.count) values)" : ""
        return "Tensor(shape: \(shape), [\(shown)\(more)])"
    }
}
