// libFuzzer entry point for the PNG decoder. Built by Fuzz/build.sh together
// with the PNG module's sources (one module) and the CLibPNG shim.

/// Small limits keep each input fast; the size checks themselves are fuzzed too.
private let limits = PNGLimits(maxWidth: 1024, maxHeight: 1024, maxPixels: 1 << 18, maxChunkBytes: 1 << 20)

/// Decodes one input at both bit depths and reads its info; any image that
/// decodes must re-encode and decode to the same samples.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? PNGInfo(decoding: bytes, limits: limits)
    for depth in PNGBitDepth.allCases {
        guard let image = try? PNGImage(decoding: bytes, bitDepth: depth, limits: limits) else { continue }
        precondition(image.samples.count == image.width * image.height * image.layout.channelCount)
        let plainText = image.text.filter { Latin1.encode($0.keyword) != nil && (1...79).contains($0.keyword.count) }
        var reencoded = image
        reencoded.text = plainText
        guard let encoded = try? reencoded.encoded(compressionLevel: 1) else { continue }
        let decoded = try! PNGImage(decoding: encoded, bitDepth: depth, limits: limits)
        precondition(decoded.samples == image.samples, "re-encoded image decodes differently")
    }
    return 0
}
