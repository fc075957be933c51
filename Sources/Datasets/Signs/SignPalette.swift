/// The paints of road signs, as they look in daylight (sRGB).
enum SignPalette {
    static let red = Colour(0.80, 0.07, 0.10)
    static let white = Colour(0.95, 0.95, 0.94)
    static let black = Colour(0.07, 0.07, 0.08)
    static let blue = Colour(0.0, 0.30, 0.62)
    static let yellow = Colour(0.98, 0.76, 0.02)
    /// The bare metal of the sign's edge and its pole.
    static let metal = Colour(0.62, 0.63, 0.64)
}
