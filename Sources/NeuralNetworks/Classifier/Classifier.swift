import Tensors

/// An image classifier: a model plus the images it takes and the names of
/// its classes.
///
/// A classifier is itself a ``Layer`` that maps images N×C×H×W with values
/// in [0, 1] to logits: it scales them to ``InputSpec/valueRange``, applies
/// the per-channel mean/std normalisation of its ``input`` (differentiably),
/// then runs ``model``. Attacks use it like any layer.
public final class Classifier: Layer {
    /// The network computing logits from normalised images: an
    /// ``ONNXGraphModel`` or a model built from layers.
    public let model: any Layer
    /// The images the model takes.
    public let input: InputSpec
    /// The class names, in output order.
    public let labels: [String]
    /// Things found while loading the user should hear about (such as default labels).
    public let warnings: [String]
    /// The preprocessing constants, shaped 1×C×1×1: values become `x · scale + shift`.
    private let scale: Tensor, shift: Tensor

    /// Creates a classifier from a model, its input spec and labels.
    ///
    /// Throws ``ClassifierError/invalidSpec(reason:)`` when mean/std do not
    /// have one value per channel or when there are no labels.
    public init(model: any Layer, input: InputSpec, labels: [String], warnings: [String] = []) throws {
        let channels = input.channels
        guard !labels.isEmpty else { throw ClassifierError.invalidSpec(reason: "the label list is empty") }
        guard (input.mean?.count ?? channels) == channels, (input.std?.count ?? channels) == channels else {
            throw ClassifierError.invalidSpec(
                reason: "mean \(input.mean ?? []) and std \(input.std ?? []) must have \(channels) values, one per channel")
        }
        self.model = model
        self.input = input
        self.labels = labels
        self.warnings = warnings
        // x in [0, 1] → low + x·(high − low) → (· − mean) / std, folded into one scale and shift.
        let range = input.valueRange
        let mean = input.mean ?? [Float](repeating: 0, count: channels)
        let std = input.std ?? [Float](repeating: 1, count: channels)
        let span = range.upperBound - range.lowerBound
        scale = Tensor(shape: [1, channels, 1, 1], scalars: std.map { span / $0 })
        shift = Tensor(shape: [1, channels, 1, 1], scalars: zip(mean, std).map { (range.lowerBound - $0) / $1 })
    }

    /// The model's parameters.
    public var parameters: [Parameter] { model.parameters }

    /// The images as the model sees them: scaled to the value range and normalised.
    public func preprocessed(_ images: Tensor) -> Tensor {
        images * scale + shift
    }

    /// Logits for images N×C×H×W in [0, 1]; stops the program when the shape
    /// does not fit (use ``logits(for:)`` to get an error instead).
    public func callAsFunction(_ images: Tensor, mode: ForwardMode) -> Tensor {
        model(preprocessed(images), mode: mode)
    }

    /// Checks that `images` is a batch N×C×H×W of the input spec's size.
    public func validate(_ images: Tensor) throws {
        let expected = input.batchShape(count: images.shape.first ?? 0)
        guard images.shape == expected else {
            throw ClassifierError.imageShapeMismatch(
                expected: "N×\(input.channels)×\(input.height)×\(input.width)", found: images.shape)
        }
    }

    /// Logits for images N×C×H×W in [0, 1], after checking their shape.
    public func logits(for images: Tensor) throws -> Tensor {
        try validate(images)
        if let graph = model as? ONNXGraphModel { return try graph.run(preprocessed(images)) }
        return self(images)
    }
}
