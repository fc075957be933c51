#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The system BLAS that performs matrix products, loaded at run time.
///
/// OpenBLAS picks its kernels when the library is loaded, from the variable
/// `OPENBLAS_CORETYPE`. Debian's OpenBLAS 0.3.21 does not recognise recent AMD
/// EPYC CPUs and falls back to AVX2 ("Haswell") kernels at about half the
/// speed of its AVX-512 ("SkylakeX") ones. So Perturb does not link OpenBLAS:
/// it chooses the core type first (SkylakeX when the CPU reports
/// avx512f/bw/dq/vl and the user has not set the variable), then opens the
/// library with `dlopen`. Without OpenBLAS it falls back to a portable Swift
/// GEMM and says so in ``summary``.
///
/// OpenBLAS is kept single-threaded. Its results depend on its thread count,
/// and the count is global to the process, so changing it for one computation
/// would change the bits of another running at the same time. Instead
/// ``matrixMultiply`` splits large products over the cores itself, in a fixed
/// partition, which keeps every result bit-identical run to run.
public enum BLASBackend {
    /// The core type Perturb asked OpenBLAS for, or `nil` when the user's own
    /// `OPENBLAS_CORETYPE` was left in place (or the CPU lacks AVX-512).
    public static var requestedCoreType: String? { loaded.requestedCoreType }

    /// The kernel family OpenBLAS reports it is using (`openblas_get_corename`),
    /// or `nil` when OpenBLAS could not be loaded.
    public static var coreName: String? { loaded.coreName() }

    /// The path of the loaded library, or `nil` for the Swift fallback.
    public static var libraryName: String? { loaded.libraryName }

    /// One line describing the backend in use, for logs and benchmark tables.
    public static var summary: String {
        guard let library = libraryName else {
            return "portable Swift GEMM (OpenBLAS not found: apt-get install libopenblas0)"
        }
        return "\(library), core \(coreName ?? "unknown")"
            + (requestedCoreType.map { " (requested \($0))" } ?? "")
    }

    /// Whether this CPU has the AVX-512 subsets OpenBLAS's SkylakeX kernels need.
    public static var cpuHasAVX512: Bool {
        guard let flags = cpuFlags() else { return false }
        return ["avx512f", "avx512bw", "avx512dq", "avx512vl"].allSatisfy(flags.contains)
    }

    /// The user's own `OPENBLAS_CORETYPE`, when set and not empty.
    public static var usersCoreType: String? {
        guard let value = getenv("OPENBLAS_CORETYPE"), value.pointee != 0 else { return nil }
        return String(cString: value)
    }

    static let loaded = LoadedBLAS.load()
}

/// The entry points of the loaded library.
struct LoadedBLAS {
    typealias SGEMM = @convention(c) (
        Int32, Int32, Int32, Int32, Int32, Int32, Float, UnsafePointer<Float>?, Int32,
        UnsafePointer<Float>?, Int32, Float, UnsafeMutablePointer<Float>?, Int32
    ) -> Void
    typealias GetCoreName = @convention(c) () -> UnsafePointer<CChar>?
    typealias SetThreads = @convention(c) (Int32) -> Void

    let libraryName: String?
    let requestedCoreType: String?
    let sgemm: SGEMM?
    let getCoreName: GetCoreName?

    func coreName() -> String? {
        getCoreName?().map { String(cString: $0) }
    }

    static func load() -> LoadedBLAS {
        var requested: String?
        if BLASBackend.usersCoreType == nil, BLASBackend.cpuHasAVX512 {
            setenv("OPENBLAS_CORETYPE", "SkylakeX", 1)
            requested = "SkylakeX"
        }
        for name in ["libopenblas.so.0", "libopenblas.so", "libopenblas.dylib"] {
            guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL),
                let gemm = dlsym(handle, "cblas_sgemm")
            else { continue }
            let setThreads = dlsym(handle, "openblas_set_num_threads").map { unsafeBitCast($0, to: SetThreads.self) }
            setThreads?(1)
            return LoadedBLAS(
                libraryName: name,
                requestedCoreType: requested,
                sgemm: unsafeBitCast(gemm, to: SGEMM.self),
                getCoreName: dlsym(handle, "openblas_get_corename").map { unsafeBitCast($0, to: GetCoreName.self) })
        }
        return LoadedBLAS(libraryName: nil, requestedCoreType: nil, sgemm: nil, getCoreName: nil)
    }
}

/// The CPU feature flags from `/proc/cpuinfo`, or `nil` where it is not available.
private func cpuFlags() -> Set<String>? {
    guard let file = fopen("/proc/cpuinfo", "r") else { return nil }
    defer { fclose(file) }
    var line: UnsafeMutablePointer<CChar>?
    var capacity = 0
    defer { free(line) }
    while getline(&line, &capacity, file) > 0 {
        guard let line else { break }
        let text = String(cString: line)
        if text.hasPrefix("flags") {
            let values = text.split(separator: ":", maxSplits: 1).last ?? ""
            return Set(values.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init))
        }
    }
    return nil
}
