import CLibPNG
import Testing
@testable import PNG

/// Palette, low-bit-depth and interlaced files written by libpng through the
/// shim's general encoder decode to the samples they were written from.
@Suite struct LibPNGWrittenFixtureTests {
    static func encode(_ params: cpng_encode_params, rows: [UInt8], rowBytes: Int) throws -> [UInt8] {
        var params = params
        var output: UnsafeMutablePointer<UInt8>?
        var length = 0
        let status = rows.withUnsafeBufferPointer {
            cpng_encode(&params, $0.baseAddress, rowBytes, &output, &length, nil, 0)
        }
        try #require(status == CPNG_OK)
        defer { cpng_free(output) }
        return Array(UnsafeBufferPointer(start: output, count: length))
    }

    @Test(arguments: [false, true])
    func twoBitPaletteWithTransparency(interlaced: Bool) throws {
        let palette: [UInt8] = [255, 0, 0, 0, 255, 0, 0, 0, 255, 9, 9, 9]
        let alpha: [UInt8] = [10, 20]
        let indices = (0..<35).map { ($0 * 3 + $0 / 5) % 4 }  // 5 x 7
        let rows = (0..<7).flatMap { PNGAssembler.pack(Array(indices[$0 * 5..<$0 * 5 + 5]), bitDepth: 2) }
        let bytes = try palette.withUnsafeBufferPointer { palettePointer in
            try alpha.withUnsafeBufferPointer { alphaPointer in
                var params = cpng_encode_params()
                params.width = 5
                params.height = 7
                params.bit_depth = 2
                params.color_type = 3
                params.interlaced = interlaced ? 1 : 0
                params.compression_level = -1
                params.palette = palettePointer.baseAddress
                params.palette_count = 4
                params.transparency_alpha = alphaPointer.baseAddress
                params.transparency_count = 2
                return try Self.encode(params, rows: rows, rowBytes: 2)
            }
        }
        let image = try PNGImage(decoding: bytes)
        let expected = indices.flatMap { index in
            palette[index * 3..<index * 3 + 3] + [index < 2 ? alpha[index] : 255]
        }
        #expect(image.layout == .rgba)
        #expect(image.samples == .eight(expected))
        #expect(try PNGInfo(decoding: bytes).interlaced == interlaced)
    }

    @Test func oneBitGrayInterlaced() throws {
        let bits = (0..<(9 * 9)).map { ($0 / 9 + $0 % 9) % 2 }
        let rows = (0..<9).flatMap { PNGAssembler.pack(Array(bits[$0 * 9..<$0 * 9 + 9]), bitDepth: 1) }
        var params = cpng_encode_params()
        params.width = 9
        params.height = 9
        params.bit_depth = 1
        params.color_type = 0
        params.interlaced = 1
        params.compression_level = 9
        let image = try PNGImage(decoding: try Self.encode(params, rows: rows, rowBytes: 2), bitDepth: .sixteen)
        #expect(image.samples == .sixteen(bits.map { $0 == 1 ? 65535 : 0 }))
    }
}
