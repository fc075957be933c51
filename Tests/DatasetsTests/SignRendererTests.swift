import Testing
@testable import Datasets

@Suite struct SignRendererTests {
    /// Bounds on each paint's share of the sign's pixels, per class.
    struct PaintShares: CustomTestStringConvertible, Sendable {
        let sign: SignClass
        var red: ClosedRange<Double> = 0...0.02
        var white: ClosedRange<Double> = 0...1
        var blue: ClosedRange<Double> = 0...0.02
        var yellow: ClosedRange<Double> = 0...0.02
        var black: ClosedRange<Double> = 0...0.02
        var testDescription: String { sign.name }
    }

    static let expectations: [PaintShares] = [
        PaintShares(sign: .stop, red: 0.55...0.85, white: 0.12...0.4),
        PaintShares(sign: .yield, red: 0.4...0.75, white: 0.2...0.55),
        PaintShares(sign: .noEntry, red: 0.55...0.85, white: 0.12...0.4),
        PaintShares(sign: .speedLimit30, red: 0.3...0.5, white: 0.25...0.6, black: 0.08...0.25),
        PaintShares(sign: .speedLimit50, red: 0.3...0.5, white: 0.25...0.6, black: 0.08...0.25),
        PaintShares(sign: .speedLimit80, red: 0.3...0.5, white: 0.25...0.6, black: 0.08...0.25),
        PaintShares(sign: .priorityRoad, white: 0.35...0.65, yellow: 0.25...0.5, black: 0.0...0.12),
        PaintShares(sign: .pedestrianCrossing, white: 0.2...0.45, blue: 0.45...0.75, black: 0.02...0.12),
        PaintShares(sign: .turnLeft, white: 0.15...0.4, blue: 0.55...0.85),
        PaintShares(sign: .turnRight, white: 0.15...0.4, blue: 0.55...0.85),
    ]

    @Test(arguments: expectations)
    func eachSignHasItsPaints(_ expected: PaintShares) {
        let image = SignRenderer.render(expected.sign, size: 96)
        #expect(image.channels == 4 && image.width == 96 && image.height == 96)
        #expect(expected.red.contains(share(of: image, where: Paint.red)))
        #expect(expected.white.contains(share(of: image, where: Paint.white)))
        #expect(expected.blue.contains(share(of: image, where: Paint.blue)))
        #expect(expected.yellow.contains(share(of: image, where: Paint.yellow)))
        #expect(expected.black.contains(share(of: image, where: Paint.black)))
    }

    @Test func everyClassIsDrawnDifferently() {
        let images = SignClass.allCases.map { SignRenderer.render($0, size: 48, background: (128, 128, 128)) }
        #expect(Set(images.map(\.bytes)).count == SignClass.allCases.count)
    }

    @Test func turnRightIsTurnLeftMirrored() {
        let left = SignRenderer.render(.turnLeft, size: 64), right = SignRenderer.render(.turnRight, size: 64)
        let flipped = mirrored(left)
        let largestDifference = zip(flipped.bytes, right.bytes).map { abs(Int($0) - Int($1)) }.max()!
        #expect(largestDifference <= 2)
        let differing = zip(left.bytes, right.bytes).filter { abs(Int($0) - Int($1)) > 64 }.count
        #expect(differing > 300)
    }

    @Test func speedLimitsShareTheRingAndDifferInTheDigits() {
        let signs: [SignClass] = [.speedLimit30, .speedLimit50, .speedLimit80]
        let images = signs.map { SignRenderer.render($0, size: 64, background: (0, 0, 0)) }
        let ring = (32 * 64 + 4) * 3, digits = (0..<(64 * 64)).filter { abs($0 / 64 - 32) < 12 && abs($0 % 64 - 32) < 16 }
        for (a, b) in [(0, 1), (0, 2), (1, 2)] {
            #expect(images[a].bytes[ring..<(ring + 3)] == images[b].bytes[ring..<(ring + 3)])
            let differing = digits.filter { images[a].bytes[$0 * 3] != images[b].bytes[$0 * 3] }.count
            #expect(differing > 60, "\(signs[a].name) and \(signs[b].name) differ in only \(differing) digit pixels")
        }
    }

    @Test func outsideTheSignIsTransparentAndTheCentreOpaque() {
        for sign in SignClass.allCases {
            let image = SignRenderer.render(sign, size: 32)
            #expect(image.bytes[3] == 0, "\(sign.name) corner")
            #expect(image.bytes[(16 * 32 + 16) * 4 + 3] == 255, "\(sign.name) centre")
        }
    }

    @Test func namesAreStableAndRoundTrip() {
        #expect(SignClass.allNames == [
            "stop", "yield", "no-entry", "speed-limit-30", "speed-limit-50", "speed-limit-80",
            "priority-road", "pedestrian-crossing", "turn-left", "turn-right",
        ])
        for sign in SignClass.allCases { #expect(SignClass(name: sign.name) == sign && sign.label == sign.rawValue) }
        #expect(SignClass(name: "speed-limit-40") == nil)
    }
}
