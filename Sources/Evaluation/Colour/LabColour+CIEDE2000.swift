#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension LabColour {
    /// The CIEDE2000 colour difference ΔE₀₀ between two colours, with the
    /// parametric factors k_L = k_C = k_H = 1, as Sharma, Wu and Dalal (2005)
    /// state it (their test data is in the tests). About 1 is a just
    /// noticeable difference; 2–10 is noticeable at a glance.
    public static func ciede2000(_ first: LabColour, _ second: LabColour) -> Double {
        let degrees = 180 / Double.pi
        let meanChroma = (hypot(first.a, first.b) + hypot(second.a, second.b)) / 2
        let g = 0.5 * (1 - (pow(meanChroma, 7) / (pow(meanChroma, 7) + pow(25, 7))).squareRoot())
        func primed(_ colour: LabColour) -> (chroma: Double, hue: Double) {
            let a = (1 + g) * colour.a
            let chroma = hypot(a, colour.b)
            let hue = chroma == 0 ? 0 : atan2(colour.b, a) * degrees
            return (chroma, hue < 0 ? hue + 360 : hue)
        }
        let (one, two) = (primed(first), primed(second))
        let bothChromatic = one.chroma * two.chroma != 0
        var hueStep = two.hue - one.hue
        if !bothChromatic { hueStep = 0 } else if hueStep > 180 { hueStep -= 360 } else if hueStep < -180 { hueStep += 360 }
        let deltaL = second.lightness - first.lightness
        let deltaC = two.chroma - one.chroma
        let deltaH = 2 * (one.chroma * two.chroma).squareRoot() * sin(hueStep / 2 / degrees)

        let meanL = (first.lightness + second.lightness) / 2
        let meanC = (one.chroma + two.chroma) / 2
        var meanHue = one.hue + two.hue
        if bothChromatic {
            if Swift.abs(one.hue - two.hue) <= 180 {
                meanHue /= 2
            } else {
                meanHue = meanHue < 360 ? (meanHue + 360) / 2 : (meanHue - 360) / 2
            }
        }
        let t = 1 - 0.17 * cos((meanHue - 30) / degrees) + 0.24 * cos(2 * meanHue / degrees)
            + 0.32 * cos((3 * meanHue + 6) / degrees) - 0.20 * cos((4 * meanHue - 63) / degrees)
        let rotation = 30 * exp(-pow((meanHue - 275) / 25, 2))
        let rc = 2 * (pow(meanC, 7) / (pow(meanC, 7) + pow(25, 7))).squareRoot()
        let offset = (meanL - 50) * (meanL - 50)
        let sl = 1 + 0.015 * offset / (20 + offset).squareRoot()
        let sc = 1 + 0.045 * meanC
        let sh = 1 + 0.015 * meanC * t
        let rt = -sin(2 * rotation / degrees) * rc
        let (l, c, h) = (deltaL / sl, deltaC / sc, deltaH / sh)
        return (l * l + c * c + h * h + rt * c * h).squareRoot()
    }
}
