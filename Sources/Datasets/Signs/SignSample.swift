/// One generated picture of a sign and its class.
public struct SignSample: Equatable, Sendable {
    /// The RGB picture.
    public let image: PixelBuffer
    /// The sign shown.
    public let sign: SignClass

    /// The class index of the sign, for training.
    public var label: Int { sign.label }
}
