import Dispatch
import Foundation

/// Splits independent units of work over the cores, one contiguous run of
/// units per worker, and keeps OpenBLAS single-threaded meanwhile.
///
/// OpenBLAS's own threads spin after each call; on two cores they would fight
/// ours. So while our workers run, every GEMM they issue is single-threaded;
/// when there is only one worker, BLAS keeps its threads.
enum Workers {
    /// How many workers `run` uses for `units` units.
    static func count(forUnits units: Int) -> Int {
        Swift.max(1, Swift.min(ProcessorCount.value, units))
    }

    /// Calls `body(worker, units)` for each worker's contiguous run of units.
    static func run(units: Int, _ body: (_ worker: Int, _ units: Range<Int>) -> Void) {
        guard units > 0 else { return }
        let workers = count(forUnits: units)
        if workers == 1 {
            body(0, 0..<units)
            return
        }
        SingleThreadedBLAS.enter()
        defer { SingleThreadedBLAS.leave() }
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let start = units * worker / workers
            let end = units * (worker + 1) / workers
            if start < end { body(worker, start..<end) }
        }
    }

    /// Parallel loop over units that need no BLAS (pure Swift kernels).
    static func forEach(units: Int, minimumUnitsPerWorker: Int = 1, _ body: (Range<Int>) -> Void) {
        parallelChunks(units, minimumChunk: minimumUnitsPerWorker, body)
    }
}

/// Keeps OpenBLAS single-threaded while any parallel region runs, counting
/// nested or concurrent regions, so one region ending cannot turn BLAS
/// threading back on under another that is still running.
enum SingleThreadedBLAS {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var regions = 0

    static func enter() {
        lock.lock()
        defer { lock.unlock() }
        if regions == 0 { BLASBackend.setThreadCount(1) }
        regions += 1
    }

    static func leave() {
        lock.lock()
        defer { lock.unlock() }
        regions -= 1
        if regions == 0 { BLASBackend.setThreadCount(ProcessorCount.value) }
    }
}

/// A scratch buffer of Float allocated once per worker, freed on scope exit.
@inline(__always)
func withScratch<Result>(_ count: Int, zeroed: Bool = false, _ body: (UnsafeMutablePointer<Float>) -> Result) -> Result {
    let buffer = UnsafeMutablePointer<Float>.allocate(capacity: Swift.max(count, 1))
    defer { buffer.deallocate() }
    if zeroed { buffer.initialize(repeating: 0, count: Swift.max(count, 1)) }
    return body(buffer)
}

/// A new `[Float]` of `count` values written by `body` (zeroed first when asked).
@inline(__always)
func makeScalars(_ count: Int, zeroed: Bool, _ body: (UnsafeMutablePointer<Float>) -> Void) -> [Float] {
    [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
        if zeroed, count > 0 { buffer.baseAddress!.initialize(repeating: 0, count: count) }
        if count > 0 { body(buffer.baseAddress!) }
        initialized = count
    }
}
