import PNG
import Tensors

extension PNGImage {
    /// The PNG channel layout holding `channels` channels (1 gray, 2 gray +
    /// alpha, 3 RGB, 4 RGBA), or `nil` for other counts.
    public static func layout(channelCount channels: Int) -> PNGChannelLayout? {
        PNGChannelLayout.allCases.first { $0.channelCount == channels }
    }

    /// The image as a tensor 1×C×H×W with values in [0, 1], converted first
    /// to the layout with `channels` channels (see
    /// ``PNG/PNGImage/converted(to:bitDepth:)``: gray is copied to colour,
    /// colour becomes Rec. 709 luma, alpha is added opaque or dropped); `nil`
    /// keeps the image's own channels. 16-bit samples keep their precision.
    ///
    /// `channels` must be 1…4.
    public func tensor(channels: Int? = nil) -> Tensor {
        let layout = channels.map { count -> PNGChannelLayout in
            guard let layout = Self.layout(channelCount: count) else {
                preconditionFailure("PNGImage.tensor(channels:): \(count) channels; a PNG holds 1 to 4")
            }
            return layout
        } ?? self.layout
        let image = converted(to: layout)
        let interleaved: [Float] = switch image.samples {
        case .eight(let samples): samples.map { Float($0) / 255 }
        case .sixteen(let samples): samples.map { Float($0) / 65535 }
        }
        let pixels = Tensor(shape: [1, height, width, layout.channelCount], scalars: interleaved)
        return pixels.transposed([0, 3, 1, 2])
    }

    /// An image from a tensor C×H×W or 1×C×H×W with 1…4 channels and values
    /// in [0, 1] (values outside are clamped), rounded to `bitDepth`.
    public init(tensor: Tensor, bitDepth: PNGBitDepth = .eight) {
        let planar = tensor.rank == 4 ? tensor.squeezed(axes: [0]) : tensor
        precondition(
            planar.rank == 3 && Self.layout(channelCount: planar.shape[0]) != nil,
            "PNGImage(tensor:): expected C×H×W or 1×C×H×W with 1 to 4 channels, got shape \(tensor.shape)")
        let (channels, height, width) = (planar.shape[0], planar.shape[1], planar.shape[2])
        let interleaved = planar.detached().transposed([1, 2, 0]).scalars.map { Swift.min(Swift.max($0, 0), 1) }
        let samples: PNGSamples = switch bitDepth {
        case .eight: .eight(interleaved.map { UInt8(($0 * 255).rounded()) })
        case .sixteen: .sixteen(interleaved.map { UInt16(($0 * 65535).rounded()) })
        }
        self.init(width: width, height: height, layout: Self.layout(channelCount: channels)!, samples: samples)
    }
}
