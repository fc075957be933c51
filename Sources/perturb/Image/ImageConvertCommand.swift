import ArgumentParser
import PNG

/// `perturb image convert IN OUT`: rewrites a PNG with another channel layout or bit depth.
struct ImageConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a PNG to another channel layout and/or bit depth.",
        discussion: """
            Palettes and bit depths below 8 expand; 16 to 8 bits rounds to nearest. Colour to gray uses \
            Rec. 709 luma; added alpha is opaque. Text chunks and pHYs are kept. OUT is written atomically.
            """
    )

    @Argument(help: "The PNG to read.")
    var input: String

    @Argument(help: "The PNG to write (replaced atomically if it exists).")
    var output: String

    @Option(help: "Channels to write: gray, gray-alpha, rgb or rgba (default: as decoded).")
    var channels: PNGChannelLayout?

    @Option(help: "Bits per sample to write: 8 or 16 (default: 16 for 16-bit input, else 8).")
    var bitDepth: PNGBitDepth?

    func run() throws {
        try CommandOutput.reportingFailure {
            let image = try PNGImage(contentsOf: input).converted(to: channels, bitDepth: bitDepth)
            try image.write(to: output)
            print("\(output): \(image.width) x \(image.height), \(image.layout.rawValue), \(image.bitDepth.rawValue)-bit")
        }
    }
}

extension PNGChannelLayout: ExpressibleByArgument {}
extension PNGBitDepth: ExpressibleByArgument {}
