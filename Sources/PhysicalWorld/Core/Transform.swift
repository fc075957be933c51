import Tensors

/// One kind of physical-world image transform: a distribution over per-image
/// parameters and a differentiable function of a batch given those parameters.
///
/// The transform value itself holds the parameter *ranges* (decoded from the
/// JSON spec with ``TransformStep``); ``sampleParameters(using:)`` draws one
/// image's parameters from a seeded generator, and ``apply(_:parameters:)``
/// transforms an M,C,H,W batch in [0, 1] whose image `m` uses `parameters[m]`,
/// in one batched operation, differentiably with respect to the images. The
/// parameters are `Codable`, so a ``TransformRecord`` can replay any sample
/// exactly.
public protocol Transform: Codable, Sendable {
    /// The parameters drawn for one image (angles, factors, seeds, …).
    associatedtype Parameters: Codable, Equatable, Sendable
    /// The keys of the JSON spec; decoding rejects any other key.
    associatedtype CodingKeys: CodingKey & CaseIterable

    /// The name of the transform in JSON specs and records, e.g. `"affine"`.
    static var name: String { get }

    /// Checks the ranges, throwing ``TransformError/invalidValue(path:expected:found:advice:)``
    /// for the first value out of bounds; `path` is where the transform sits in the spec.
    func validate(at path: String) throws

    /// Draws one image's parameters.
    func sampleParameters(using generator: inout RandomGenerator) -> Parameters

    /// Transforms an M,C,H,W batch with values in [0, 1]; image `m` uses
    /// `parameters[m]`. Differentiable with respect to `images`. Only the
    /// JPEG codec can fail (``TransformError/jpegCodec(operation:message:)``).
    func apply(_ images: Tensor, parameters: [Parameters]) throws -> Tensor
}

extension Transform {
    /// The JSON keys this transform accepts.
    static var keyNames: [String] { CodingKeys.allCases.map(\.stringValue) }
}

/// The parameters of a transform that draws nothing (8-bit quantisation).
public struct NoParameters: Codable, Equatable, Sendable {
    /// The only value.
    public init() {}
}
