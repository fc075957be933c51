import CLibPNG

/// Encodes a ``PNGImage`` through the CLibPNG shim.
struct PNGEncoder {
    /// The file (or `<memory>`) that errors mention.
    let destination: String

    /// The PNG bytes of `image`.
    func encode(_ image: PNGImage, interlaced: Bool, compressionLevel: Int?) throws -> [UInt8] {
        let texts = try CTextChunks(image.text)
        defer { texts.deallocate() }
        var params = cpng_encode_params()
        params.width = UInt32(clamping: image.width)
        params.height = UInt32(clamping: image.height)
        params.bit_depth = Int32(image.bitDepth.rawValue)
        params.color_type = Int32(image.layout.colorType.rawValue)
        params.interlaced = interlaced ? 1 : 0
        params.compression_level = Int32(compressionLevel ?? -1)
        params.text_count = Int32(texts.chunks.count)
        if let physical = image.physicalSize {
            params.has_physical = 1
            params.physical_x = physical.pixelsPerUnitX
            params.physical_y = physical.pixelsPerUnitY
            params.physical_unit = Int32(physical.unit.rawValue)
        }
        let rowSamples = image.width * image.layout.channelCount
        return try texts.chunks.withUnsafeBufferPointer { chunks in
            params.texts = chunks.baseAddress
            switch image.samples {
            case .eight(let samples):
                return try encode(params, samples, rowBytes: rowSamples)
            case .sixteen(let samples):
                return try encode(params, samples, rowBytes: rowSamples * 2)
            }
        }
    }

    private func encode<Sample>(_ params: cpng_encode_params, _ samples: [Sample], rowBytes: Int) throws -> [UInt8] {
        var params = params
        var output: UnsafeMutablePointer<UInt8>?
        var length = 0
        var message = [CChar](repeating: 0, count: 256)
        let status = samples.withUnsafeBytes { pixels in
            cpng_encode(
                &params, pixels.bindMemory(to: UInt8.self).baseAddress, rowBytes, &output, &length, &message,
                message.count)
        }
        switch status {
        case CPNG_OK:
            defer { cpng_free(output) }
            return Array(UnsafeBufferPointer(start: output, count: length))
        case CPNG_ERROR_OUT_OF_MEMORY:
            throw PNGEncodingError.outOfMemory(destination: destination)
        default:
            let detail = String(decoding: message.prefix { $0 != 0 }.map(UInt8.init(bitPattern:)), as: UTF8.self)
            throw PNGEncodingError.encoderFailed(destination: destination, detail: detail)
        }
    }
}
