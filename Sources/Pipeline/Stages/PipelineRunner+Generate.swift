import Datasets
import Tensors

extension PipelineRunner {
    /// `generate`: procedural signs, each in a random scene or bare on white.
    func runGenerate(_ generate: GenerateStage, stage: String) -> ImageSet {
        var random = RandomGenerator(seed: generate.seed ?? ContentHash.seed(ContentHash.combining(["\(spec.seed)", stage])))
        let scenes = SignGenerator(size: generate.size)
        var images: [Tensor] = []
        var names: [String] = []
        var labels: [String] = []
        for sign in generate.signs {
            for index in 0..<generate.count {
                let pixels = generate.scenes
                    ? scenes.render(sign, using: &random)
                    : SignRenderer.render(sign, size: generate.size, background: (255, 255, 255))
                images.append(pixels.pngImage().tensor(channels: 3))
                names.append("\(sign.name)-\(index)")
                labels.append(sign.name)
            }
        }
        return ImageSet(
            name: generate.output, images: concatenate(images, alongAxis: 0), imageNames: names, labels: labels,
            derivation: nil)
    }
}
