import CLibPNG

/// Decodes PNG bytes through the CLibPNG shim and turns its failures into
/// ``PNGDecodingError``s that name `source`.
struct PNGDecoder {
    /// The file name (or `<memory>`) that errors mention.
    let source: String
    let limits: PNGLimits

    /// The header, text and pHYs of `bytes`, after decoding (and dropping) the
    /// pixels so that text after the image data is found too.
    func info(of bytes: [UInt8]) throws -> PNGInfo {
        try withDecoder(bytes) { decoder, header in
            try check(cpng_decoder_skip_pixels(decoder), decoder)
            return makeInfo(header, decoder)
        }
    }

    /// Decodes `bytes` at `bitDepth` (the file's natural depth when nil).
    func image(from bytes: [UInt8], bitDepth: PNGBitDepth?) throws -> PNGImage {
        try withDecoder(bytes) { decoder, header in
            let headerInfo = makeInfo(header, decoder)
            let depth = bitDepth ?? headerInfo.naturalBitDepth
            let layout = headerInfo.decodedLayout
            let width = headerInfo.width, height = headerInfo.height
            let rowSamples = width * layout.channelCount
            let samples: PNGSamples
            switch depth {
            case .eight:
                samples = .eight(try decodePixels(decoder, count: rowSamples * height, rowBytes: rowSamples, depth: 8))
            case .sixteen:
                samples = .sixteen(
                    try decodePixels(decoder, count: rowSamples * height, rowBytes: rowSamples * 2, depth: 16))
            }
            let full = makeInfo(header, decoder)
            return PNGImage(
                width: width, height: height, layout: layout, samples: samples, text: full.text,
                physicalSize: full.physicalSize)
        }
    }

    private func decodePixels<Sample: FixedWidthInteger>(
        _ decoder: OpaquePointer, count: Int, rowBytes: Int, depth: Int32
    ) throws -> [Sample] {
        var status = CPNG_OK
        let samples = [Sample](unsafeUninitializedCapacity: count) { buffer, initialized in
            status = buffer.withMemoryRebound(to: UInt8.self) { bytes in
                cpng_decoder_read_pixels(decoder, depth, bytes.baseAddress, rowBytes)
            }
            // On failure the contents are garbage, but every element is a plain
            // integer, so keeping them "initialized" is harmless; they are dropped.
            initialized = count
        }
        try check(status, decoder)
        return samples
    }

    /// Runs `body` on a decoder whose header has been read and checked against the limits.
    private func withDecoder<Result>(
        _ bytes: [UInt8], _ body: (OpaquePointer, cpng_header) throws -> Result
    ) throws -> Result {
        try refuseClaimedSize(bytes)
        return try bytes.withUnsafeBufferPointer { buffer in
            let cLimits = cpng_limits(
                max_width: UInt32(clamping: limits.maxWidth), max_height: UInt32(clamping: limits.maxHeight),
                max_ancillary_chunks: UInt32(clamping: limits.maxAncillaryChunks),
                max_chunk_bytes: limits.maxChunkBytes)
            guard let decoder = cpng_decoder_create(buffer.baseAddress, buffer.count, cLimits) else {
                throw PNGDecodingError.outOfMemory(source: source)
            }
            defer { cpng_decoder_destroy(decoder) }
            var header = cpng_header()
            try check(cpng_decoder_read_header(decoder, &header), decoder, bytes)
            try refuse(width: Int(header.width), height: Int(header.height))
            return try body(decoder, header)
        }
    }

    /// Refuses an image whose IHDR (read straight from the bytes, before libpng
    /// sees it) claims a size over the limits, so the error can give the size.
    func refuseClaimedSize(_ bytes: [UInt8]) throws {
        guard bytes.count >= 24, bytes[12..<16].elementsEqual("IHDR".utf8) else { return }
        func bigEndian(_ offset: Int) -> Int {
            bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        }
        try refuse(width: bigEndian(16), height: bigEndian(20))
    }

    private func refuse(width: Int, height: Int) throws {
        guard limits.admits(width: width, height: height) else {
            throw PNGDecodingError.tooLarge(source: source, width: width, height: height, limit: limits.summary)
        }
    }

    private func makeInfo(_ header: cpng_header, _ decoder: OpaquePointer) -> PNGInfo {
        PNGInfo(
            width: Int(header.width), height: Int(header.height), bitDepth: Int(header.bit_depth),
            colorType: PNGColorType(rawValue: Int(header.color_type)) ?? .gray,
            interlaced: header.interlaced != 0, hasTransparency: header.has_transparency != 0,
            text: (0..<cpng_decoder_text_count(decoder)).map { PNGTextChunk(cpng_decoder_text(decoder, $0)) },
            physicalSize: header.has_physical != 0
                ? PNGPhysicalSize(
                    pixelsPerUnitX: header.physical_x, pixelsPerUnitY: header.physical_y,
                    unit: PNGPhysicalSize.Unit(rawValue: Int(header.physical_unit)) ?? .unknown)
                : nil)
    }

    private func check(_ status: cpng_status, _ decoder: OpaquePointer, _ bytes: [UInt8] = []) throws {
        guard status != CPNG_OK else { return }
        let message = String(cString: cpng_decoder_message(decoder))
        throw PNGDecodingError(status: status, message: message, source: source, firstBytes: bytes.prefix(8))
    }
}
