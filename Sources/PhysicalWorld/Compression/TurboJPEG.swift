import CTurboJPEG
import Tensors

/// Real JPEG compression in memory through libjpeg-turbo's TurboJPEG API.
enum TurboJPEG {
    /// Every image of an M,C,H,W batch in [0, 1] (C = 1 or 3) rounded to 8
    /// bits, JPEG-encoded at `qualities[m]` (4:2:0 chroma subsampling for
    /// colour, as cameras save; the accurate integer DCT) and decoded again,
    /// as values in [0, 1].
    static func roundTrip(_ images: Tensor, qualities: [Int]) throws -> Tensor {
        let (count, channels, height, width) = (images.shape[0], images.shape[1], images.shape[2], images.shape[3])
        let plane = height * width, perImage = channels * plane
        var output = [Float](repeating: 0, count: images.scalarCount)
        var failures = [TransformError?](repeating: nil, count: count)
        images.scalars.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                failures.withUnsafeMutableBufferPointer { failures in
                    parallelChunks(count) { range in
                        var pixels = [UInt8](repeating: 0, count: perImage)
                        for image in range {
                            // Planar floats → interleaved bytes.
                            for channel in 0..<channels {
                                for index in 0..<plane {
                                    let value = source[image * perImage + channel * plane + index]
                                    pixels[index * channels + channel] = UInt8((min(1, max(0, value)) * 255).rounded())
                                }
                            }
                            do {
                                let decoded = try encodeAndDecode(
                                    pixels, width: width, height: height, channels: channels, quality: qualities[image])
                                for channel in 0..<channels {
                                    for index in 0..<plane {
                                        target[image * perImage + channel * plane + index] =
                                            Float(decoded[index * channels + channel]) / 255
                                    }
                                }
                            } catch {
                                failures[image] = error as? TransformError
                            }
                        }
                    }
                }
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
        return Tensor(shape: images.shape, scalars: output)
    }

    /// One interleaved 8-bit image (gray or RGB) through a JPEG file in memory.
    static func encodeAndDecode(
        _ pixels: [UInt8], width: Int, height: Int, channels: Int, quality: Int
    ) throws -> [UInt8] {
        // The accurate integer DCT both ways (TurboJPEG compresses with the fast one by default).
        let accurate = Int32(TJFLAG_ACCURATEDCT)
        let format = Int32(channels == 3 ? TJPF_RGB.rawValue : TJPF_GRAY.rawValue)
        let subsampling = Int32(channels == 3 ? TJSAMP_420.rawValue : TJSAMP_GRAY.rawValue)
        guard let compressor = tjInitCompress() else {
            throw TransformError.jpegCodec(operation: "initialisation", message: String(cString: tjGetErrorStr2(nil)))
        }
        defer { tjDestroy(compressor) }
        var file: UnsafeMutablePointer<UInt8>?
        var fileSize: UInt = 0
        defer { if let file { tjFree(file) } }
        let encoded = pixels.withUnsafeBufferPointer { source in
            tjCompress2(
                compressor, source.baseAddress, Int32(width), 0, Int32(height), format, &file, &fileSize,
                subsampling, Int32(quality), accurate)
        }
        guard encoded == 0, let file else {
            throw TransformError.jpegCodec(operation: "encoding", message: String(cString: tjGetErrorStr2(compressor)))
        }
        guard let decompressor = tjInitDecompress() else {
            throw TransformError.jpegCodec(operation: "initialisation", message: String(cString: tjGetErrorStr2(nil)))
        }
        defer { tjDestroy(decompressor) }
        var decoded = [UInt8](repeating: 0, count: pixels.count)
        let status = decoded.withUnsafeMutableBufferPointer { target in
            tjDecompress2(decompressor, file, fileSize, target.baseAddress, Int32(width), 0, Int32(height), format, accurate)
        }
        guard status == 0 else {
            throw TransformError.jpegCodec(operation: "decoding", message: String(cString: tjGetErrorStr2(decompressor)))
        }
        return decoded
    }
}
