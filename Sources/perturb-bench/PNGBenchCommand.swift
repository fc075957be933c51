import ArgumentParser
import Foundation
import LibPNGBaseline
import PNG

/// `perturb-bench png`: decode and encode speed of the PNG module next to
/// libpng called directly from C, on the same 1024 x 1024 RGB image in the same run.
struct PNGBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "png",
        abstract: "PNG decode/encode MB/s of raw pixels (1024x1024 RGB 8-bit), Perturb vs libpng from C."
    )

    @Option(help: "Timed repeats of each operation; the median is reported.")
    var repeats = 9

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() throws {
        let image = Self.photoLikeImage(width: 1024, height: 1024)
        guard case .eight(let pixels) = image.samples else { return }
        let encoded = try image.encoded()
        let rawMegabytes = Double(pixels.count) / 1e6
        let decode = try medians(repeats) {
            _ = try PNGImage(decoding: encoded)
        } versus: {
            try Self.baselineDecode(encoded, width: 1024, height: 1024)
        }
        let encode = try medians(repeats) {
            _ = try image.encoded()
        } versus: {
            try Self.baselineEncode(pixels, width: 1024, height: 1024)
        }
        let results = [
            PNGBenchResult(operation: "decode", perturb: decode.0, libpng: decode.1, rawMegabytes: rawMegabytes),
            PNGBenchResult(operation: "encode", perturb: encode.0, libpng: encode.1, rawMegabytes: rawMegabytes),
        ]
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            print(String(decoding: try encoder.encode(results), as: UTF8.self))
        } else {
            print("png: 1024x1024 RGB 8-bit, \(pixels.count) bytes raw, \(encoded.count) bytes encoded "
                + "(zlib default level, adaptive filters), median of \(repeats) interleaved runs")
            print("| operation | Perturb PNG (MB/s) | libpng from C (MB/s) | Perturb / C |")
            print("|---|---:|---:|---:|")
            for result in results {
                let perturb = result.perturbMegabytesPerSecond, libpng = result.libpngMegabytesPerSecond
                print(String(format: "| %@ | %.1f | %.1f | %.2f |", result.operation, perturb, libpng, perturb / libpng))
            }
        }
    }

    /// Smooth gradients plus seeded noise: compresses like a photo rather than like a flat test card.
    static func photoLikeImage(width: Int, height: Int) -> PNGImage {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var samples = [UInt8](repeating: 0, count: width * height * 3)
        for y in 0..<height {
            for x in 0..<width {
                for channel in 0..<3 {
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    let noise = Int(state >> 60) - 8
                    let base = (x * (channel + 1) + y * (3 - channel)) / 8
                    samples[(y * width + x) * 3 + channel] = UInt8(truncatingIfNeeded: base + noise)
                }
            }
        }
        return PNGImage(width: width, height: height, layout: .rgb, samples: .eight(samples))
    }

    static func baselineDecode(_ encoded: [UInt8], width: Int, height: Int) throws {
        let pixels = try [UInt8](unsafeUninitializedCapacity: width * height * 3) { buffer, count in
            guard baseline_decode_rgb8(encoded, encoded.count, buffer.baseAddress, UInt32(width), UInt32(height)) == 0
            else { throw ValidationError("libpng baseline failed to decode") }
            count = width * height * 3
        }
        precondition(pixels.count == width * height * 3)
    }

    static func baselineEncode(_ pixels: [UInt8], width: Int, height: Int) throws {
        var output: UnsafeMutablePointer<UInt8>?
        var length = 0
        guard baseline_encode_rgb8(pixels, UInt32(width), UInt32(height), &output, &length) == 0 else {
            throw ValidationError("libpng baseline failed to encode")
        }
        baseline_free(output)
    }
}

/// The median wall times of `repeats` calls of `first` and of `second`,
/// interleaved so that both see the same machine load; one warm-up call each.
private func medians(
    _ repeats: Int, _ first: () throws -> Void, versus second: () throws -> Void
) throws -> (Double, Double) {
    func time(_ body: () throws -> Void) throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
    _ = try (time(first), time(second))
    var firstTimes: [Double] = [], secondTimes: [Double] = []
    for _ in 0..<max(1, repeats) {
        firstTimes.append(try time(first))
        secondTimes.append(try time(second))
    }
    return (firstTimes.sorted()[firstTimes.count / 2], secondTimes.sorted()[secondTimes.count / 2])
}
