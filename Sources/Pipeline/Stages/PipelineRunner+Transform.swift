import Tensors

extension PipelineRunner {
    /// `transform`: K sampled transforms of every image, copy k of image n
    /// named `NAME-tK` (at index k·N + n).
    func runTransform(_ transform: TransformStage, stage: String, position: Int) throws -> ImageSet {
        let input = try set(transform.input)
        var random = RandomGenerator(seed: ContentHash.seed(ContentHash.combining(["\(spec.seed)", stage])))
        let batch = try transform.distribution.sample(input.images, count: transform.samples, using: &random)
        let copies = (0..<transform.samples).flatMap { copy in input.imageNames.indices.map { (copy, $0) } }
        return ImageSet(
            name: transform.output, images: batch.images,
            imageNames: copies.map { "\(input.imageNames[$0.1])-t\($0.0)" },
            labels: input.labels.map { labels in copies.map { labels[$0.1] } },
            derivation: .init(
                stage: stage, source: input.name, sourceIndices: copies.map(\.1), model: nil))
    }
}
