import Tensors

/// Tiles a batch of images into one image, for looking at samples of a
/// transform distribution side by side.
public enum ContactSheet {
    /// The K,C,H,W images as a 1,C,H′,W′ grid of `columns` columns (default
    /// ⌈√K⌉), row by row, `spacing` pixels apart on a `background` value.
    public static func tile(_ images: Tensor, columns: Int? = nil, spacing: Int = 2, background: Float = 1) -> Tensor {
        precondition(images.rank == 4 && images.shape[0] >= 1, "ContactSheet: expected K,C,H,W images, got \(images.shape)")
        let (count, channels, height, width) = (images.shape[0], images.shape[1], images.shape[2], images.shape[3])
        let across = max(1, min(count, columns ?? Int(Double(count).squareRoot().rounded(.up))))
        let down = (count + across - 1) / across
        let sheetHeight = down * height + (down + 1) * spacing, sheetWidth = across * width + (across + 1) * spacing
        var sheet = [Float](repeating: background, count: channels * sheetHeight * sheetWidth)
        let values = images.scalars
        for image in 0..<count {
            let top = spacing + (image / across) * (height + spacing), left = spacing + (image % across) * (width + spacing)
            for channel in 0..<channels {
                for row in 0..<height {
                    let source = ((image * channels + channel) * height + row) * width
                    let target = (channel * sheetHeight + top + row) * sheetWidth + left
                    sheet.replaceSubrange(target..<target + width, with: values[source..<source + width])
                }
            }
        }
        return Tensor(shape: [1, channels, sheetHeight, sheetWidth], scalars: sheet)
    }
}
