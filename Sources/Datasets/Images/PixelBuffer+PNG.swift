import PNG

extension PixelBuffer {
    /// The image as an 8-bit RGB (or RGBA) PNG, with optional text chunks.
    public func pngImage(text: [PNGTextChunk] = []) -> PNGImage {
        PNGImage(
            width: width, height: height, layout: channels == 4 ? .rgba : .rgb, samples: .eight(bytes), text: text)
    }
}
