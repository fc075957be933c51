import Dispatch

/// Runs `body` over `0..<count` split into contiguous chunks, one per core.
///
/// Do not call BLAS with more than one thread from inside `body`: OpenBLAS's
/// worker threads spin after each call, and on two cores our threads and its
/// threads would take turns instead of working.
public func parallelChunks(_ count: Int, minimumChunk: Int = 1, _ body: (Range<Int>) -> Void) {
    guard count > 0 else { return }
    let workers = Swift.min(ProcessorCount.value, Swift.max(1, count / Swift.max(1, minimumChunk)))
    if workers <= 1 {
        body(0..<count)
        return
    }
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
        let start = count * worker / workers
        let end = count * (worker + 1) / workers
        if start < end { body(start..<end) }
    }
}

/// The number of cores this process may use.
enum ProcessorCount {
    static let value: Int = {
        #if canImport(Glibc)
        return Swift.max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
        return 2
        #endif
    }()
}

#if canImport(Glibc)
import Glibc
#endif
