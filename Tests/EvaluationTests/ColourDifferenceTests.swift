import Evaluation
import Testing

/// sRGB → L*a*b* against Bruce Lindbloom's calculator and CIEDE2000 against
/// Sharma, Wu and Dalal's (2005) test data.
@Suite struct ColourDifferenceTests {
    @Test(arguments: [
        (1.0, 1.0, 1.0, 100.0, 0.0, 0.0), (0.0, 0.0, 0.0, 0.0, 0.0, 0.0),
        (1.0, 0.0, 0.0, 53.2408, 80.0925, 67.2032), (0.0, 1.0, 0.0, 87.7347, -86.1827, 83.1793),
        (0.0, 0.0, 1.0, 32.2970, 79.1875, -107.8602),
    ])
    func sRGBPrimariesInLab(red: Double, green: Double, blue: Double, l: Double, a: Double, b: Double) {
        let lab = LabColour(sRGB: red, green, blue)
        #expect(abs(lab.lightness - l) < 0.01 && abs(lab.a - a) < 0.01 && abs(lab.b - b) < 0.01, "\(lab)")
    }

    /// Pairs 1–3, 7, 13–18 and 25 of Sharma et al.'s table (13–16 straddle
    /// the hue discontinuity at a* = 0).
    @Test(arguments: [
        ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
        ((50.0, 3.1571, -77.2803), (50.0, 0.0, -82.7485), 2.8615),
        ((50.0, 2.8361, -74.0200), (50.0, 0.0, -82.7485), 3.4412),
        ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
        ((50.0, 2.4900, -0.0010), (50.0, -2.4900, 0.0009), 7.1792),
        ((50.0, 2.4900, -0.0010), (50.0, -2.4900, 0.0010), 7.1792),
        ((50.0, 2.4900, -0.0010), (50.0, -2.4900, 0.0011), 7.2195),
        ((50.0, 2.4900, -0.0010), (50.0, -2.4900, 0.0012), 7.2195),
        ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
        ((50.0, 2.5, 0.0), (61.0, -5.0, 29.0), 22.8977),
        ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ])
    func ciede2000MatchesSharma(first: (Double, Double, Double), second: (Double, Double, Double), expected: Double) {
        let (one, two) = (
            LabColour(lightness: first.0, a: first.1, b: first.2), LabColour(lightness: second.0, a: second.1, b: second.2)
        )
        #expect(abs(LabColour.ciede2000(one, two) - expected) < 5e-5)
        #expect(abs(LabColour.ciede2000(two, one) - expected) < 5e-5, "symmetric")
    }

    @Test func identicalColoursDifferByZero() {
        let colour = LabColour(sRGB: 0.3, 0.6, 0.2)
        #expect(LabColour.ciede2000(colour, colour) == 0)
    }
}
