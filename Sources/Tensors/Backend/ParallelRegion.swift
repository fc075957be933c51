#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Marks the threads that are running one chunk of a parallel loop, so that
/// work nested inside (a GEMM inside a convolution's per-image loop) runs
/// serially on that thread instead of spreading over cores that are already
/// busy.
///
/// The mark is per thread (a pthread key), never global: what one computation
/// does cannot change how another, running at the same time, is computed.
enum ParallelRegion {
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        precondition(pthread_key_create(&key, nil) == 0, "could not create the parallel-region thread key")
        return key
    }()

    /// Whether the current thread is running inside a parallel loop.
    static var isActive: Bool { pthread_getspecific(key) != nil }

    /// Runs `body` with the current thread marked as inside a parallel loop.
    static func enter<Result>(_ body: () -> Result) -> Result {
        let outer = pthread_getspecific(key)
        pthread_setspecific(key, UnsafeRawPointer(bitPattern: 1))
        defer { pthread_setspecific(key, outer) }
        return body()
    }
}
