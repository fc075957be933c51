/// Perturb's own models of showing an image on paper or on a screen and
/// photographing it, ordered as the light travels (see docs/TRANSFORMS.md).
extension TransformPreset {
    /// Printer (gamut, ink and paper colour, dot gain), then the camera's view
    /// (perspective and pose), the light, the lens and sensor (blur, shake,
    /// noise), JPEG and 8-bit storage. Ranges follow StegaStamp where it has
    /// one, narrowed to a hand-held photograph of a print.
    static var printAndPhotographDistribution: TransformDistribution {
        TransformDistribution(steps: [
            TransformStep(PrinterGamut(strength: ParameterRange(0.3, 0.6))),
            TransformStep(ChannelGainOffset(gain: ParameterRange(0.88, 0.96), offset: ParameterRange(0.03, 0.06))),
            TransformStep(GaussianBlur(sigma: ParameterRange(0.3, 0.7))),
            TransformStep(PerspectiveWarp(jitter: 0.06)),
            TransformStep(AffineWarp(rotation: .symmetric(8), scale: ParameterRange(0.9, 1.05), translation: .symmetric(0.03))),
            TransformStep(Contrast(factor: ParameterRange(0.75, 1.15))),
            TransformStep(Brightness(delta: .symmetric(0.08))),
            TransformStep(Gamma(exponent: ParameterRange(0.8, 1.25))),
            TransformStep(Illumination(gradient: ParameterRange(0, 0.25), vignette: ParameterRange(0, 0.3))),
            TransformStep(ChannelGainOffset(gain: ParameterRange(0.93, 1.07))),
            TransformStep(Saturation(factor: ParameterRange(0.75, 1.1))),
            TransformStep(GaussianBlur(sigma: ParameterRange(0, 1)), probability: 0.5),
            TransformStep(MotionBlur(length: ParameterRange(1, 4)), probability: 0.25),
            TransformStep(SensorNoise(shot: ParameterRange(0, 0.002), read: ParameterRange(0.002, 0.01))),
            TransformStep(JPEGCompression(quality: ParameterRange(50, 95))),
            TransformStep(Quantisation()),
        ])
    }

    /// A screen (its gamma, colour temperature and glowing black, the pixel
    /// grid as a slight blur), then the same camera as for a print.
    static var screenAndPhotographDistribution: TransformDistribution {
        TransformDistribution(steps: [
            TransformStep(Gamma(exponent: ParameterRange(0.85, 1.2))),
            TransformStep(ChannelGainOffset(gain: ParameterRange(0.9, 1.05), offset: ParameterRange(0.02, 0.08))),
            TransformStep(GaussianBlur(sigma: ParameterRange(0.3, 0.8))),
            TransformStep(PerspectiveWarp(jitter: 0.08)),
            TransformStep(AffineWarp(rotation: .symmetric(10), scale: ParameterRange(0.85, 1.05), translation: .symmetric(0.04))),
            TransformStep(Contrast(factor: ParameterRange(0.8, 1.2))),
            TransformStep(Brightness(delta: .symmetric(0.1))),
            TransformStep(HueShift(degrees: .symmetric(5))),
            TransformStep(Illumination(gradient: ParameterRange(0, 0.15), vignette: ParameterRange(0, 0.3))),
            TransformStep(GaussianBlur(sigma: ParameterRange(0, 1)), probability: 0.5),
            TransformStep(MotionBlur(length: ParameterRange(1, 4)), probability: 0.25),
            TransformStep(SensorNoise(shot: ParameterRange(0, 0.002), read: ParameterRange(0.002, 0.01))),
            TransformStep(JPEGCompression(quality: ParameterRange(60, 95))),
            TransformStep(Quantisation()),
        ])
    }
}
