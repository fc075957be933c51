/// What a node computes: its operator with the attributes decoded and checked
/// at load time. Operands that ONNX passes as inputs at opsets 11…18 (Clip's
/// bounds, Pad's pads, Slice's starts/ends, Reshape's shape, …) are node
/// inputs, not attributes.
public enum ONNXOperation: Equatable {
    /// Convolution; inputs X, W and optional bias B.
    case conv(ConvAttributes)
    /// Transposed convolution; inputs X, W and optional bias B.
    case convTranspose(ConvTransposeAttributes)
    /// General matrix product with optional bias; inputs A, B, optional C.
    case gemm(GemmAttributes)
    /// Batched matrix product with NumPy broadcasting.
    case matMul
    /// Broadcasting element-wise sum.
    case add
    /// Broadcasting element-wise difference.
    case sub
    /// Broadcasting element-wise product.
    case mul
    /// Broadcasting element-wise quotient.
    case div
    /// max(x, 0).
    case relu
    /// x for x ≥ 0, else alpha · x.
    case leakyRelu(alpha: Float)
    /// 1 / (1 + e⁻ˣ).
    case sigmoid
    /// Hyperbolic tangent.
    case tanh
    /// Clamps to the optional min and max inputs.
    case clip
    /// The error function.
    case erf
    /// Gaussian error linear unit.
    case gelu(GeluApproximation)
    /// Max pooling (single output, no indices).
    case maxPool(PoolAttributes)
    /// Average pooling.
    case averagePool(PoolAttributes)
    /// Mean over all spatial positions, keeping them as size 1.
    case globalAveragePool
    /// Inference-mode batch normalisation; inputs X, scale, bias, mean, variance.
    case batchNormalization(epsilon: Float)
    /// Reshapes to 2-D at `axis`.
    case flatten(axis: Int)
    /// Reshapes to the shape input; `allowZero` makes a 0 mean size zero
    /// instead of "copy this dimension".
    case reshape(allowZero: Bool)
    /// Permutes axes; `nil` reverses them.
    case transpose(permutation: [Int]?)
    /// Joins the inputs along `axis`.
    case concat(axis: Int)
    /// Softmax.
    case softmax(SoftmaxAttributes)
    /// Log of softmax.
    case logSoftmax(SoftmaxAttributes)
    /// Identity at inference (any mask output is unsupported).
    case dropout
    /// Passes its input through.
    case identity
    /// A constant value.
    case constant(ONNXTensor)
    /// Pads with the pads input (and optional constant value and axes inputs).
    case pad(PadMode)
    /// Removes size-1 axes: the attribute's (opsets before 13) or the
    /// optional axes input's; `nil` with no input removes all of them.
    case squeeze(axes: [Int]?)
    /// Inserts size-1 axes: the attribute's (opsets before 13) or the axes
    /// input's.
    case unsqueeze(axes: [Int]?)
    /// The input's shape as INT64, from `start` up to `end` (opset 15).
    case shape(start: Int, end: Int?)
    /// Picks entries along `axis` with the indices input.
    case gather(axis: Int)
    /// Slices with the starts, ends and optional axes and steps inputs.
    case slice
    /// Mean over axes.
    case reduceMean(ReduceAttributes)
    /// Converts to another element type.
    case cast(to: ONNXDataType)
    /// A tensor of the shape input filled with the one-element `value`.
    case constantOfShape(value: ONNXTensor)
    /// Broadcasting element-wise equality (BOOL result).
    case equal
    /// Picks from the second or third input where the first (BOOL) is true or false.
    case `where`
    /// Broadcasts the input to the shape input.
    case expand
}
