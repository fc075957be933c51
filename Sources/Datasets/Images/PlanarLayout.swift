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
