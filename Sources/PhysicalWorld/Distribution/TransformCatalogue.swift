import StrictCoding

/// Every transform kind, looked up by its JSON name.
public enum TransformCatalogue {
    /// The transform types in catalogue order.
    public static let types: [any Transform.Type] = [
        AffineWarp.self, PerspectiveWarp.self, CropAndResize.self,
        Brightness.self, Contrast.self, Gamma.self, Illumination.self, ChannelGainOffset.self, Saturation.self, HueShift.self,
        PrinterGamut.self, GaussianBlur.self, MotionBlur.self, AdditiveNoise.self, SensorNoise.self,
        JPEGCompression.self, Quantisation.self,
    ]

    /// The JSON names of every transform.
    public static var names: [String] { types.map { $0.name } }

    /// The type named `name`, or a ``TransformError/unknownTransform(path:name:nearest:)`` at `path`.
    static func type(named name: String, at path: String) throws -> any Transform.Type {
        guard let type = types.first(where: { $0.name == name }) else {
            throw TransformError.unknownTransform(
                path: path, name: name, nearest: NearestName.nearest(to: name, in: names))
        }
        return type
    }
}
