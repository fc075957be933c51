/// The attributes of a Gemm node: Y = alpha · op(A) · op(B) + beta · C.
public struct GemmAttributes: Equatable, Sendable {
    /// The scale of the product.
    public var alpha: Float
    /// The scale of the optional bias C.
    public var beta: Float
    /// Whether A is transposed first.
    public var transposeA: Bool
    /// Whether B is transposed first (PyTorch's Linear exports `transB = 1`).
    public var transposeB: Bool

    /// Creates Gemm attributes; the defaults are those of ONNX.
    public init(alpha: Float = 1, beta: Float = 1, transposeA: Bool = false, transposeB: Bool = false) {
        self.alpha = alpha
        self.beta = beta
        self.transposeA = transposeA
        self.transposeB = transposeB
    }
}
