import PhysicalWorld
import Tensors

/// The file-backed parts of patch and sticker settings, resolved: the mask
/// from ``PatchSettings/maskFile`` and the palette from
/// ``PaletteSource/measured(file:rows:columns:)``. Attacks do not read files,
/// so the caller loads the images (as 1,C,H,W tensors in [0, 1]) with
/// ``init(maskFile:palette:loadImage:)``.
public struct PatchAssets {
    /// A user's mask as 1,1,H,W coverage in [0, 1], or `nil` to draw the settings' shape.
    public var mask: Tensor?
    /// The printable colours (C values each).
    public var palette: [[Float]]

    /// Assets given directly.
    public init(mask: Tensor? = nil, palette: [[Float]] = PrinterPalette.standard) {
        self.mask = mask
        self.palette = palette
    }

    /// Throws unless the mask file the settings name (`file`, at setting
    /// `key`) was loaded: attacks are made from resolved assets only.
    func requireMask(forFile file: String?, key: String) throws {
        guard let file, mask == nil else { return }
        throw AttackError.invalidParameter(
            name: key, value: "'\(file)' (not loaded)",
            expected: "loaded into PatchAssets(maskFile:palette:loadImage:) before the attack is made")
    }

    /// Loads the files that settings name with `loadImage`: the mask is the
    /// image's alpha channel (2 or 4 channels) or its mean over channels
    /// (white is patch); the palette is the mean colour of each swatch cell.
    public init(maskFile: String?, palette: PaletteSource, loadImage: (String) throws -> Tensor) throws {
        mask = try maskFile.map { file in
            let image = try loadImage(file)
            guard image.rank == 4, image.shape[0] == 1, (1...4).contains(image.shape[1]) else {
                throw AttackError.invalidParameter(
                    name: "maskFile", value: "'\(file)' of shape \(image.shape)", expected: "a PNG image")
            }
            let channels = image.shape[1]
            return [2, 4].contains(channels)
                ? image.sliced(alongAxis: 1, (channels - 1)..<channels)
                : image.mean(alongAxes: [1], keepingDimensions: true)
        }
        switch palette {
        case .standard:
            self.palette = PrinterPalette.standard
        case .measured(let file, let rows, let columns):
            let chart = try loadImage(file)
            guard chart.rank == 4, chart.shape[1] >= 3 else {
                throw AttackError.invalidParameter(
                    name: "palette.file", value: "'\(file)' of shape \(chart.shape)", expected: "an RGB photograph of swatches")
            }
            self.palette = try PrinterPalette.measured(chart: chart.sliced(alongAxis: 1, 0..<3), rows: rows, columns: columns)
        }
    }
}
