/// How the convolution kernels compute their matrix products.
///
/// On a CPU with AVX-512 the default is ``packedAVX512``; elsewhere it is
/// ``systemBLAS``. Both give the same results to rounding (each is
/// deterministic on its own); they differ in speed, which
/// `perturb-bench kernels` compares in one run.
public enum ConvolutionProducts: String, Sendable, CaseIterable {
    /// All three products (forward, input gradient, weight gradient) by
    /// Perturb's AVX-512 micro-kernel (``PackedGEMM``), with im2col and col2im
    /// packing straight into and out of its panels. Layers with a horizontal
    /// stride above 2 still use ``systemBLAS``.
    case packedAVX512 = "packed-avx512"
    /// im2col into a plain column matrix, every product by the system BLAS
    /// (OpenBLAS), or the portable Swift GEMM without it.
    case systemBLAS = "system-blas"

    /// Whether this CPU can run these products.
    public var isAvailable: Bool {
        switch self {
        case .packedAVX512: PackedGEMM.isAvailable
        case .systemBLAS: true
        }
    }

    /// The products used unless ``using(_:_:)`` says otherwise.
    public static var preferred: ConvolutionProducts {
        PackedGEMM.isAvailable ? .packedAVX512 : .systemBLAS
    }

    /// The products used by convolutions started on this task now.
    public static var current: ConvolutionProducts { chosen ?? preferred }

    /// Runs `body` with its convolutions computed by `products` (for
    /// benchmarks and tests that compare the two).
    public static func using<Result>(
        _ products: ConvolutionProducts, _ body: () throws -> Result
    ) rethrows -> Result {
        precondition(products.isAvailable, "ConvolutionProducts \(products.rawValue) needs a CPU with AVX-512")
        return try $chosen.withValue(products, operation: body)
    }

    @TaskLocal private static var chosen: ConvolutionProducts?
}
