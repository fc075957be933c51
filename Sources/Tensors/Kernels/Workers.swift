import Dispatch
import Foundation

/// Spreads independent units of work over the cores.
///
/// Units are grouped into a fixed partition of chunks; workers claim chunks
/// one at a time, so on a shared machine a core that is running someone
/// else's job simply claims fewer chunks instead of holding everyone up.
/// Which worker runs a chunk varies, but the partition does not: results that
/// are summed per chunk and then over chunks in order are bit-identical run
/// to run.
///
/// Workers mark their threads as a ``ParallelRegion``, so a GEMM or loop
/// nested inside runs serially on the worker's thread. Inside another
/// parallel region the chunks run in order on the calling thread.
enum Workers {
    /// How many workers run `units` units.
    static func count(forUnits units: Int) -> Int {
        Swift.max(1, Swift.min(ProcessorCount.value, units))
    }

    /// The default number of chunks for `units` units: four per worker, so
    /// claiming balances uneven cores, but never more than the units.
    static func defaultChunks(forUnits units: Int) -> Int {
        Swift.min(units, 4 * count(forUnits: units))
    }

    /// Runs `body` once per worker; `body` calls its argument to claim the
    /// next chunk, `(chunk index, its units)`, until it returns `nil`.
    static func run(
        units: Int, chunks requestedChunks: Int? = nil,
        _ body: (_ claim: () -> (chunk: Int, units: Range<Int>)?) -> Void
    ) {
        guard units > 0 else { return }
        let chunks = Swift.max(1, Swift.min(units, requestedChunks ?? defaultChunks(forUnits: units)))
        let workers = Swift.min(count(forUnits: units), chunks)
        let claims = ChunkClaims(units: units, chunks: chunks)
        if workers == 1 || ParallelRegion.isActive {
            body(claims.next)
            return
        }
        DispatchQueue.concurrentPerform(iterations: workers) { _ in ParallelRegion.enter { body(claims.next) } }
    }

    /// Parallel loop over units that need no BLAS (pure Swift kernels):
    /// `body` is called with each chunk of units, possibly concurrently.
    static func forEach(units: Int, _ body: (Range<Int>) -> Void) {
        guard units > 0 else { return }
        let chunks = defaultChunks(forUnits: units)
        let workers = Swift.min(count(forUnits: units), chunks)
        if workers == 1 || ParallelRegion.isActive {
            body(0..<units)
            return
        }
        let claims = ChunkClaims(units: units, chunks: chunks)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            ParallelRegion.enter {
                while let (_, range) = claims.next() { body(range) }
            }
        }
    }
}

/// A fixed partition of `0..<units` into chunks, handed out in order.
final class ChunkClaims: @unchecked Sendable {
    private let lock = NSLock()
    private let units: Int
    private let chunks: Int
    private var nextChunk = 0

    init(units: Int, chunks: Int) {
        self.units = units
        self.chunks = chunks
    }

    /// The next unclaimed chunk and its units, or `nil` when all are claimed.
    func next() -> (chunk: Int, units: Range<Int>)? {
        lock.lock()
        let chunk = nextChunk
        nextChunk += 1
        lock.unlock()
        guard chunk < chunks else { return nil }
        return (chunk, (units * chunk / chunks)..<(units * (chunk + 1) / chunks))
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
