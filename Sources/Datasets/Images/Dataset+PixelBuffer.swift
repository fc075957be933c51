extension Dataset {
    /// Image `index` as an 8-bit picture (gray for one channel, RGB for
    /// three), for writing it out as a PNG. Float images are rounded to the
    /// nearest of 256 levels; byte images come back exactly.
    public func pixelBuffer(at index: Int) -> PixelBuffer {
        precondition([1, 3].contains(imageShape[0]), "pixelBuffer(at:) needs gray or RGB images, got \(imageShape)")
        let values = images(at: [index]).scalars.map { UInt8((min(max($0, 0), 1) * 255).rounded()) }
        return PixelBuffer(
            width: imageShape[2], height: imageShape[1], channels: imageShape[0],
            bytes: interleavedSamples(values, channels: imageShape[0]))
    }
}
