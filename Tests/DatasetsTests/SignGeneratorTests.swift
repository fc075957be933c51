import Testing
import Tensors
@testable import Datasets

@Suite struct SignGeneratorTests {
    let generator = SignGenerator(size: 48)

    @Test func sameSeedGivesIdenticalBytes() {
        let first = generator.samples(0..<24, seed: 7)
        let again = SignGenerator(size: 48).samples(0..<24, seed: 7)
        #expect(first == again)
        #expect(generator.sample(index: 13, seed: 7) == first[13])
        #expect(generator.samples(10..<14, seed: 7) == Array(first[10..<14]))
    }

    @Test func differentSeedsAndIndicesDiffer() {
        let a = generator.samples(0..<20, seed: 7), b = generator.samples(0..<20, seed: 8)
        for (x, y) in zip(a, b) { #expect(x.image != y.image && x.sign == y.sign) }
        #expect(Set(a.map(\.image.bytes)).count == a.count)
    }

    @Test func classesCycleSoEveryPrefixIsBalanced() {
        let samples = generator.samples(0..<25, seed: 3)
        #expect(samples.map(\.label) == (0..<25).map { $0 % 10 })
        #expect(samples.allSatisfy { $0.image.width == 48 && $0.image.height == 48 && $0.image.channels == 3 })
    }

    @Test func datasetIsATensorOfPicturesWithVariety() {
        let dataset = generator.dataset(count: 20, seed: 11)
        #expect(dataset.images.shape == [20, 3, 48, 48])
        #expect(dataset.classNames == SignClass.allNames)
        #expect(dataset.images.scalars.allSatisfy { $0 >= 0 && $0 <= 1 })
        let imageSize = 3 * 48 * 48
        for index in 0..<20 {
            let values = dataset.images.scalars[(index * imageSize)..<((index + 1) * imageSize)]
            let mean = values.reduce(0, +) / Float(imageSize)
            let variance = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Float(imageSize)
            #expect(variance > 0.005, "image \(index) is nearly flat")
        }
    }

    /// The average share of pixels passing `paint` over 20 pictures of `sign`.
    func averageShare(_ sign: SignClass, _ paint: (Float, Float, Float) -> Bool) -> Double {
        var random = RandomGenerator(seed: UInt64(sign.rawValue) + 100)
        return (0..<20).map { _ in share(of: generator.render(sign, using: &random), where: paint) }.reduce(0, +) / 20
    }

    @Test func scenesKeepTheSignsColours() {
        let stopRed = averageShare(.stop, Paint.red), leftRed = averageShare(.turnLeft, Paint.red)
        #expect(stopRed > 0.2 && stopRed > 3 * leftRed)
        let leftBlue = averageShare(.turnLeft, Paint.blue), stopBlue = averageShare(.stop, Paint.blue)
        #expect(leftBlue > 0.2 && leftBlue > 3 * stopBlue)
        let priorityYellow = averageShare(.priorityRoad, Paint.yellow)
        #expect(priorityYellow > 0.08 && priorityYellow > 3 * averageShare(.noEntry, Paint.yellow))
    }

    @Test func calmAugmentationCentresTheSign() {
        let calm = SceneAugmentation(
            signScale: 0.45...0.45, maximumShift: 0, maximumRotation: 0, perspectiveJitter: 0,
            brightness: 1...1, contrast: 1...1, colourCast: 0, fading: 0...0, shading: 0, glareProbability: 0, blur: 0...0,
            noise: 0...0, poleProbability: 0, clutter: 0...0)
        var random = RandomGenerator(seed: 1)
        let image = SignGenerator(size: 64, augmentation: calm).render(.stop, using: &random)
        let clean = SignRenderer.render(.stop, size: 64)
        let centre = (32 * 64 + 20) // inside the red face, left of the text
        #expect(Paint.red(Float(image.bytes[centre * 3]) / 255, Float(image.bytes[centre * 3 + 1]) / 255, Float(image.bytes[centre * 3 + 2]) / 255))
        #expect(abs(Int(image.bytes[centre * 3]) - Int(clean.bytes[centre * 4])) < 12)
    }
}
