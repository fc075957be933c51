import Tensors

/// An 8-bit image: interleaved channels (3 for RGB, 4 for RGBA with straight
/// alpha), rows top to bottom.
public struct PixelBuffer: Equatable, Sendable {
    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int
    /// Channels per pixel: 3 (RGB) or 4 (RGBA).
    public let channels: Int
    /// The samples, `bytes[(y * width + x) * channels + channel]`.
    public let bytes: [UInt8]

    /// Creates a buffer; `bytes` must hold `width * height * channels` values.
    public init(width: Int, height: Int, channels: Int, bytes: [UInt8]) {
        precondition(channels == 3 || channels == 4, "PixelBuffer holds RGB or RGBA, got \(channels) channels")
        precondition(
            bytes.count == width * height * channels,
            "PixelBuffer of \(width)x\(height)x\(channels) needs \(width * height * channels) bytes, got \(bytes.count)")
        self.width = width
        self.height = height
        self.channels = channels
        self.bytes = bytes
    }

    /// The image as a tensor of shape C,H,W with values in [0, 1].
    public func tensor() -> Tensor {
        Tensor(shape: [channels, height, width], scalars: planarBytes().map { Float($0) / 255 })
    }

    /// Several same-sized images as one tensor of shape N,C,H,W in [0, 1].
    public static func tensor(stacking images: [PixelBuffer]) -> Tensor {
        guard let first = images.first else { return Tensor(shape: [0, 3, 0, 0], scalars: []) }
        precondition(
            images.allSatisfy { ($0.width, $0.height, $0.channels) == (first.width, first.height, first.channels) },
            "tensor(stacking:) needs images of one size and channel count")
        return Tensor(
            shape: [images.count, first.channels, first.height, first.width],
            scalars: images.flatMap { $0.planarBytes() }.map { Float($0) / 255 })
    }

    /// The samples reordered channel by channel (C,H,W), as tensors and
    /// datasets hold them.
    func planarBytes() -> [UInt8] {
        planarSamples(bytes, channels: channels)
    }
}
