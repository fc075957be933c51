import CKernels

/// Whether this CPU runs Perturb's AVX-512 kernels (the C target `CKernels`),
/// checked once at run time.
enum AVX512 {
    static let isAvailable = perturb_avx512_available() != 0
}
