#if canImport(Glibc)
import Glibc
#endif

/// Keeps freed tensor buffers in the process instead of handing them back to
/// the system, applied once, when the first tensor is made.
///
/// glibc serves blocks above its mmap threshold (128 KiB at first, raised as
/// such blocks are freed, up to 32 MiB) with `mmap` and trims the top of its
/// heap when more than a trim threshold is free, so a fresh multi-megabyte
/// activation costs one page fault per 4 KiB page, on every forward and
/// backward pass: PGD-10 on the sign CNN ran about 2× faster with the
/// settings below (Benchmarks/README.md, attacks). Perturb therefore sets the
/// mmap threshold to glibc's largest (32 MiB) and the trim threshold to 1 GiB,
/// unless the user set either with glibc's environment variables
/// (`MALLOC_MMAP_THRESHOLD_`, `MALLOC_TRIM_THRESHOLD_`), which then win.
/// The cost is that memory freed by one computation stays reserved for the
/// next. On other C libraries this does nothing.
enum AllocationPolicy {
    /// Whether the settings were applied (evaluated once).
    static let isApplied: Bool = {
        #if canImport(Glibc)
        let userSettings = ["MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_"].contains { (name: String) in getenv(name) != nil }
        // `mallopt` is not exported by the Glibc module; look it up in the C library.
        guard !userSettings, let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else {
            return false
        }
        typealias MallocOption = @convention(c) (Int32, Int32) -> Int32
        let mallopt = unsafeBitCast(symbol, to: MallocOption.self)
        let (trimThreshold, mmapThreshold): (Int32, Int32) = (-1, -3)  // M_TRIM_THRESHOLD, M_MMAP_THRESHOLD
        return mallopt(mmapThreshold, 32 << 20) == 1 && mallopt(trimThreshold, 1 << 30) == 1
        #else
        return false
        #endif
    }()
}
