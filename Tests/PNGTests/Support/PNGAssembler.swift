/// Builds PNG files byte by byte, independently of libpng: chunks with our
/// own CRC-32, image data as zlib "stored" blocks with our own Adler-32, rows
/// packed at any bit depth, Adam7 passes split by hand.
enum PNGAssembler {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// A chunk: length, type, data, CRC.
    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typeBytes = Array(type.utf8)
        return bigEndian(UInt32(data.count)) + typeBytes + data + bigEndian(crc32(typeBytes + data))
    }

    /// The IHDR chunk.
    static func header(width: UInt32, height: UInt32, bitDepth: UInt8, colorType: UInt8, interlaced: Bool) -> [UInt8] {
        chunk("IHDR", bigEndian(width) + bigEndian(height) + [bitDepth, colorType, 0, 0, interlaced ? 1 : 0])
    }

    /// A whole PNG: signature, IHDR, `beforeData` chunks, one IDAT, `afterData` chunks, IEND.
    static func png(
        width: Int, height: Int, bitDepth: Int, colorType: Int, interlaced: Bool = false,
        samples: (Int, Int) -> [Int], beforeData: [UInt8] = [], afterData: [UInt8] = []
    ) -> [UInt8] {
        let raw = filteredRows(width: width, height: height, bitDepth: bitDepth, interlaced: interlaced, samples: samples)
        return signature
            + header(
                width: UInt32(width), height: UInt32(height), bitDepth: UInt8(bitDepth), colorType: UInt8(colorType),
                interlaced: interlaced)
            + beforeData + chunk("IDAT", zlibStored(raw)) + afterData + chunk("IEND", [])
    }

    /// The Adam7 passes: first column, first row, column step, row step.
    static let adam7 = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]

    /// Rows (filter type 0) of every pass, samples packed at `bitDepth`.
    static func filteredRows(
        width: Int, height: Int, bitDepth: Int, interlaced: Bool, samples: (Int, Int) -> [Int]
    ) -> [UInt8] {
        var raw: [UInt8] = []
        for (x0, y0, dx, dy) in interlaced ? adam7 : [(0, 0, 1, 1)] {
            let columns = Array(stride(from: x0, to: width, by: dx))
            guard !columns.isEmpty else { continue }
            for y in stride(from: y0, to: height, by: dy) {
                raw.append(0)
                raw += pack(columns.flatMap { samples($0, y) }, bitDepth: bitDepth)
            }
        }
        return raw
    }

    /// Packs samples into bytes, most significant bits first; 16-bit big-endian.
    static func pack(_ samples: [Int], bitDepth: Int) -> [UInt8] {
        if bitDepth == 16 { return samples.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] } }
        let perByte = 8 / bitDepth
        return stride(from: 0, to: samples.count, by: perByte).map { start in
            samples[start..<min(start + perByte, samples.count)].enumerated().reduce(UInt8(0)) { byte, element in
                byte | UInt8(element.element << (8 - bitDepth * (element.offset + 1)))
            }
        }
    }

    /// A zlib stream of stored (uncompressed) deflate blocks.
    static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let count = min(65535, data.count - offset)
            let final: UInt8 = offset + count == data.count ? 1 : 0
            out += [final, UInt8(count & 0xFF), UInt8(count >> 8), UInt8(~count & 0xFF), UInt8((~count >> 8) & 0xFF)]
            out += data[offset..<offset + count]
            offset += count
        } while offset < data.count
        return out + bigEndian(adler32(data))
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        return b << 16 | a
    }
}
