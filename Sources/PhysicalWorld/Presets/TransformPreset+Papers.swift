/// The presets that follow published settings (see docs/TRANSFORMS.md).
extension TransformPreset {
    /// Kurakin et al. 2016 studied each transform on its own; the preset
    /// applies each with probability ½, then saves 8-bit pixels.
    static var kurakin2016Distribution: TransformDistribution {
        TransformDistribution(steps: [
            TransformStep(Brightness(delta: .symmetric(30 / 255)), probability: 0.5),
            TransformStep(Contrast(factor: ParameterRange(0.7, 1.2)), probability: 0.5),
            TransformStep(GaussianBlur(sigma: ParameterRange(0.4, 2)), probability: 0.5),
            TransformStep(AdditiveNoise(deviation: ParameterRange(5 / 255, 20 / 255)), probability: 0.5),
            TransformStep(JPEGCompression(quality: ParameterRange(10, 100)), probability: 0.5),
            TransformStep(Quantisation()),
        ])
    }

    /// Athalye et al. 2018, 2-D: scale, rotation, in-bounds translation,
    /// lighten/darken, Gaussian noise; outside the image is black.
    static var athalye2018Distribution: TransformDistribution {
        TransformDistribution(steps: [
            TransformStep(
                AffineWarp(
                    rotation: .symmetric(22.5), scale: ParameterRange(0.9, 1.4), translation: .symmetric(1),
                    translationInBounds: true, padding: .zeros)),
            TransformStep(Brightness(delta: .symmetric(0.05))),
            TransformStep(AdditiveNoise(deviation: ParameterRange(0, 0.1))),
        ])
    }

    /// Brown et al. 2017: the patch's scale, rotation and in-bounds
    /// translation, applied to the whole image; outside is black.
    static var brown2017Distribution: TransformDistribution {
        TransformDistribution(steps: [
            TransformStep(
                AffineWarp(
                    rotation: .symmetric(22.5), scale: ParameterRange(0.1, 1), translation: .symmetric(1),
                    translationInBounds: true, padding: .zeros))
        ])
    }

    /// Eykholt et al. 2018 (RP2): crop, perspective corner offsets N(0, 30 px
    /// at 299 px), multiplicative colour shift U(0.1, 2).
    static var eykholt2018Distribution: TransformDistribution {
        TransformDistribution(steps: [
            TransformStep(CropAndResize(start: ParameterRange(0, 0.2), end: ParameterRange(0.8, 1))),
            TransformStep(PerspectiveWarp(jitter: 30 / 299, distribution: .normal)),
            TransformStep(Contrast(factor: ParameterRange(0.1, 2))),
        ])
    }

    /// Thys et al. 2019: rotation, contrast, brightness, uniform noise.
    static var thys2019Distribution: TransformDistribution {
        TransformDistribution(steps: [
            TransformStep(AffineWarp(rotation: .symmetric(20), padding: .zeros)),
            TransformStep(Contrast(factor: ParameterRange(0.8, 1.2))),
            TransformStep(Brightness(delta: .symmetric(0.1))),
            TransformStep(AdditiveNoise(deviation: .fixed(0.1), distribution: .uniform)),
        ])
    }
}
