import Foundation

/// Why `perturb classify` could not use an image.
enum ClassifyError: LocalizedError {
    /// The model takes a channel count no PNG holds.
    case unsupportedChannels(model: String, channels: Int)
    /// An image's size differs from the model input and `--no-resize` was given.
    case sizeMismatch(file: String, width: Int, height: Int, modelWidth: Int, modelHeight: Int)

    var errorDescription: String? {
        switch self {
        case .unsupportedChannels(let model, let channels):
            "\(model) takes images with \(channels) channels, but PNG images have 1 to 4; "
                + "this model cannot classify PNG files."
        case .sizeMismatch(let file, let width, let height, let modelWidth, let modelHeight):
            "\(file) is \(width)x\(height) but the model takes \(modelWidth)x\(modelHeight); "
                + "resize the image or leave out --no-resize to let classify resize it."
        }
    }
}
