import Testing
import Tensors
@testable import Datasets

@Suite struct DatasetTests {
    /// Three 2x1x2 images holding 0, 51, ..., 510 clipped to bytes.
    let bytes = Dataset(
        pixels: (0..<12).map { UInt8(min($0 * 20, 255)) }, imageShape: [2, 1, 2], labels: [1, 0, 1],
        classNames: ["a", "b"])

    @Test func byteImagesBecomeUnitFloats() {
        #expect(bytes.count == 3 && bytes.imageShape == [2, 1, 2])
        let selected = bytes.images(at: [2, 0])
        #expect(selected.shape == [2, 2, 1, 2])
        #expect(selected.scalars == [160, 180, 200, 220, 0, 20, 40, 60].map { Float($0) / 255 })
        #expect(bytes.images.scalars.count == 12)
    }

    @Test func subsetKeepsImagesAndLabelsTogether() {
        let subset = bytes.subset([1, 1, 2])
        #expect(subset.labels == [0, 0, 1])
        #expect(subset.images == bytes.images(at: [1, 1, 2]))
        guard case .bytes = subset.storage else {
            Issue.record("a subset of bytes should stay bytes")
            return
        }
    }

    @Test func floatAndByteDatasetsGiveTheSameBatches() {
        let floats = Dataset(images: bytes.images, labels: bytes.labels, classNames: bytes.classNames)
        let plan = BatchPlan(batchSize: 2, seed: 4)
        let fromBytes = bytes.batches(plan, epoch: 1).map { [$0.images.scalars, $0.labels.map(Float.init)] }
        let fromFloats = floats.batches(plan, epoch: 1).map { [$0.images.scalars, $0.labels.map(Float.init)] }
        #expect(fromBytes == fromFloats)
    }
}
