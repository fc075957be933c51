import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Runs `body` over `0..<count` split into contiguous chunks, one per core.
///
/// Inside another parallel loop (see ``ParallelRegion``) it runs `body` once
/// over the whole range on the calling thread, since the cores are busy.
public func parallelChunks(_ count: Int, minimumChunk: Int = 1, _ body: (Range<Int>) -> Void) {
    guard count > 0 else { return }
    let workers = Swift.min(ProcessorCount.value, Swift.max(1, count / Swift.max(1, minimumChunk)))
    if workers <= 1 || ParallelRegion.isActive {
        body(0..<count)
        return
    }
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
        let start = count * worker / workers
        let end = count * (worker + 1) / workers
        if start < end { ParallelRegion.enter { body(start..<end) } }
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
