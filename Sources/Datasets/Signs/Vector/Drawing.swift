/// A picture as shapes painted one over the other, in drawing coordinates.
struct Drawing {
    /// One painted shape.
    struct Layer {
        /// The region painted.
        let shape: Shape
        /// The paint.
        let colour: Colour
    }

    /// The layers, bottom first.
    let layers: [Layer]

    /// A drawing of the given shapes and colours, bottom first.
    init(_ layers: [(Shape, Colour)]) {
        self.layers = layers.map { Layer(shape: $0.0, colour: $0.1) }
    }

    private init(layers: [Layer]) { self.layers = layers }

    /// The drawing reflected in the vertical axis x = 0.
    func mirrored() -> Drawing {
        Drawing(layers: layers.map { Layer(shape: $0.shape.mirrored(), colour: $0.colour) })
    }
}
