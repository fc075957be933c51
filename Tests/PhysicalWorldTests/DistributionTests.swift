import Foundation
import Testing
import Tensors
@testable import PhysicalWorld

/// Batched sampling, determinism, and exact replay from recorded parameters.
@Suite struct DistributionTests {
    static let images = TestImages.smooth(count: 2, height: 24, width: 24)

    @Test(arguments: TransformPreset.allCases) func sameSeedSameBatch(preset: TransformPreset) throws {
        var first = RandomGenerator(seed: 21), second = RandomGenerator(seed: 21), other = RandomGenerator(seed: 22)
        let a = try preset.distribution.sample(Self.images, count: 3, using: &first)
        let b = try preset.distribution.sample(Self.images, count: 3, using: &second)
        let c = try preset.distribution.sample(Self.images, count: 3, using: &other)
        #expect(a.images.shape == [6, 3, 24, 24])
        #expect(a.images == b.images)
        #expect(a.images != c.images)
        #expect(a.images.scalars.allSatisfy { (0...1).contains($0) })
    }

    /// The record survives JSON and replays to the very same values.
    @Test(arguments: TransformPreset.allCases) func replayFromJSONIsExact(preset: TransformPreset) throws {
        var generator = RandomGenerator(seed: 8)
        let batch = try preset.distribution.sample(Self.images, count: 4, using: &generator)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = try encoder.encode(batch.record)
        let record = try JSONDecoder().decode(TransformRecord.self, from: json)
        #expect(try record.replay(on: Self.images) == batch.images)
        #expect(try encoder.encode(record) == json)
    }

    /// Parameters drawn alone are those `sample` draws, and replay on other images of the same count.
    @Test func recordsDrawnAloneMatchSampling() throws {
        let distribution = TransformPreset.printAndPhotograph.distribution
        var first = RandomGenerator(seed: 5), second = RandomGenerator(seed: 5)
        let batch = try distribution.sample(Self.images, count: 2, using: &first)
        let record = try distribution.sampleRecord(imageCount: 2, samplesPerImage: 2, using: &second)
        #expect(try record.replay(on: Self.images) == batch.images)
        let others = TestImages.uniform([2, 3, 24, 24])
        #expect(try record.replay(on: others).shape == [4, 3, 24, 24])
    }

    /// Copies are laid out k·N + n, and the probability of a step is honoured.
    @Test func layoutAndProbability() throws {
        let distribution = TransformDistribution(steps: [
            TransformStep(Brightness(delta: .fixed(0.2)), probability: 0.5)
        ])
        var generator = RandomGenerator(seed: 3)
        let batch = try distribution.sample(Self.images, count: 200, using: &generator)
        let applied = batch.record.steps[0].applied
        #expect((150...250).contains(applied.filter { $0 }.count))
        let plane = 3 * 24 * 24
        for sample in [0, 1, 2, 3, 398, 399] {
            let source = Array(Self.images.scalars[(sample % 2) * plane..<(sample % 2 + 1) * plane])
            let output = Array(batch.images.scalars[sample * plane..<(sample + 1) * plane])
            let expected = applied[sample] ? source.map { min(1, $0 + 0.2) } : source
            #expect(zip(output, expected).allSatisfy { abs($0 - $1) < 1e-6 }, "sample \(sample)")
        }
    }

    /// Gradients reach the N input images through the whole K·N batch.
    @Test func gradientsFlowThroughTheBatch() throws {
        var generator = RandomGenerator(seed: 2)
        let tracked = Self.images.trackingGradient()
        let batch = try TransformPreset.printAndPhotograph.distribution.sample(tracked, count: 3, using: &generator)
        #expect(batch.images.isTrackingGradient)
        let gradient = gradients(of: batch.images.mean(), withRespectTo: [tracked])[0]
        #expect(gradient.shape == Self.images.shape)
        #expect(gradient.scalars.filter { $0 != 0 }.count > gradient.scalarCount / 2)
        #expect(gradient.scalars.allSatisfy { $0.isFinite })
    }

    @Test func rejectsBadImagesAndMismatchedRecords() throws {
        let distribution = TransformPreset.thys2019.distribution
        var generator = RandomGenerator(seed: 1)
        #expect(throws: TransformError.self) { try distribution.sample(Tensor.zeros([2, 4, 16, 16]), count: 2, using: &generator) }
        let batch = try distribution.sample(Self.images, count: 2, using: &generator)
        #expect(throws: TransformError.self) { try batch.record.replay(on: Tensor.zeros([3, 3, 24, 24])) }
    }
}
