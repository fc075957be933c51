/// Interleaved samples (`R G B R G B …`) reordered channel by channel
/// (`R R … G G … B B …`), the C,H,W order tensors and datasets use.
func planarSamples(_ interleaved: [UInt8], channels: Int) -> [UInt8] {
    guard channels > 1 else { return interleaved }
    let planeSize = interleaved.count / channels
    var planar = [UInt8](repeating: 0, count: interleaved.count)
    planar.withUnsafeMutableBufferPointer { target in
        interleaved.withUnsafeBufferPointer { source in
            for pixel in 0..<planeSize {
                for channel in 0..<channels { target[channel * planeSize + pixel] = source[pixel * channels + channel] }
            }
        }
    }
    return planar
}

/// Planar samples (`R R … G G … B B …`) interleaved pixel by pixel
/// (`R G B R G B …`): the inverse of ``planarSamples(_:channels:)``.
func interleavedSamples(_ planar: [UInt8], channels: Int) -> [UInt8] {
    guard channels > 1 else { return planar }
    let planeSize = planar.count / channels
    var interleaved = [UInt8](repeating: 0, count: planar.count)
    for pixel in 0..<planeSize {
        for channel in 0..<channels { interleaved[pixel * channels + channel] = planar[channel * planeSize + pixel] }
    }
    return interleaved
}
