import Foundation
import Testing
import Tensors
@testable import Datasets

@Suite struct IDXReaderTests {
    let pixels: [UInt8] = (0..<(3 * 4 * 5)).map { UInt8($0 * 4) }

    @Test func readsGzipImagesAndLabelsIntoADataset() throws {
        let files = try TestFiles()
        defer { files.remove() }
        let images = try files.writeGzip(idxBytes(dimensions: [3, 4, 5], values: pixels), to: "images.gz")
        let labels = try files.writeGzip(idxBytes(dimensions: [3], values: [2, 0, 1]), to: "labels.gz")
        let dataset = try IDXReader.dataset(imagesAt: images, labelsAt: labels, classNames: ["a", "b", "c"])
        #expect(dataset.images.shape == [3, 1, 4, 5])
        #expect(dataset.labels == [2, 0, 1])
        #expect(dataset.images[1, 0, 2, 3] == Float(pixels[20 + 2 * 5 + 3]) / 255)
        #expect(dataset.images.scalars.max() == Float(59 * 4) / 255)
    }

    @Test func readsUncompressedFilesToo() throws {
        let files = try TestFiles()
        defer { files.remove() }
        let labels = try files.write(idxBytes(dimensions: [4], values: [9, 8, 7, 6]), to: "labels")
        #expect(try IDXReader.labels(at: labels) == [9, 8, 7, 6])
    }

    @Test func missingFileSaysSo() throws {
        let path = "/nonexistent/perturb/images.gz"
        #expect(throws: DatasetError.fileNotFound(path: path)) { try IDXReader.images(at: path) }
        #expect(DatasetError.fileNotFound(path: path).localizedDescription.contains(path))
    }

    @Test func truncatedDataIsReportedWithExpectedAndFoundSizes() throws {
        let files = try TestFiles()
        defer { files.remove() }
        let path = try files.writeGzip(
            idxBytes(dimensions: [3, 4, 5], values: Array(pixels.prefix(50))), to: "short.gz")
        let expected = DatasetError.truncated(path: path, expectedBytes: 60, foundBytes: 50)
        #expect(throws: expected) { try IDXReader.images(at: path) }
        let message = expected.localizedDescription
        #expect(message.contains(path) && message.contains("60") && message.contains("50"))
    }

    @Test func truncatedHeaderIsReported() throws {
        let files = try TestFiles()
        defer { files.remove() }
        let path = try files.writeGzip([0, 0, 8, 3, 0, 0], to: "header.gz")
        #expect(throws: DatasetError.truncated(path: path, expectedBytes: 16, foundBytes: 6)) {
            try IDXReader.images(at: path)
        }
    }

    @Test func absurdDimensionsAreTruncationNotACrash() throws {
        let files = try TestFiles()
        defer { files.remove() }
        let huge = 0xFFFF_FFFF
        let path = try files.writeGzip(idxBytes(dimensions: [huge, huge, huge], values: [1, 2, 3]), to: "huge.gz")
        #expect(throws: DatasetError.truncated(path: path, expectedBytes: Int.max, foundBytes: 3)) {
            try IDXReader.images(at: path)
        }
    }

    @Test func truncatedGzipStreamIsUnreadable() throws {
        let files = try TestFiles()
        defer { files.remove() }
        let whole = try files.writeGzip(idxBytes(dimensions: [3, 4, 5], values: pixels), to: "whole.gz")
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: whole)))
        let cut = try files.write(Array(bytes.prefix(bytes.count - 12)), to: "cut.gz")
        do {
            _ = try IDXReader.images(at: cut)
            Issue.record("a cut gzip stream was read without error")
        } catch let error as DatasetError {
            guard case .unreadable(let path, let reason) = error else {
                Issue.record("expected .unreadable, got \(error)")
                return
            }
            #expect(path == cut)
            #expect(reason.contains("zlib"))
        }
    }

    @Test func wrongMagicNamesExpectedAndFoundBytes() throws {
        let files = try TestFiles()
        defer { files.remove() }
        let path = try files.writeGzip(Array("P5 28 28 255".utf8), to: "not-idx.gz")
        let expected = DatasetError.wrongMagic(
            path: path, expected: "the IDX magic 00 00 08 03", found: "50 35 20 32")
        #expect(throws: expected) { try IDXReader.images(at: path) }
    }

    @Test func labelsFilePassedAsImagesIsAnUnsupportedLayout() throws {
        let files = try TestFiles()
        defer { files.remove() }
        let path = try files.writeGzip(idxBytes(dimensions: [3], values: [1, 2, 3]), to: "labels.gz")
        #expect(throws: DatasetError.unsupportedLayout(path: path, expected: "3 dimensions", found: "1 dimension")) {
            try IDXReader.images(at: path)
        }
    }

    @Test func countMismatchNamesBothFiles() throws {
        let files = try TestFiles()
        defer { files.remove() }
        let images = try files.writeGzip(idxBytes(dimensions: [3, 4, 5], values: pixels), to: "images.gz")
        let labels = try files.writeGzip(idxBytes(dimensions: [2], values: [0, 1]), to: "labels.gz")
        let expected = DatasetError.countMismatch(
            imagesPath: images, imageCount: 3, labelsPath: labels, labelCount: 2)
        #expect(throws: expected) {
            try IDXReader.dataset(imagesAt: images, labelsAt: labels, classNames: ["a", "b"])
        }
        #expect(expected.localizedDescription.contains(images) && expected.localizedDescription.contains(labels))
    }

    @Test func labelOutsideTheClassesIsAnError() throws {
        let files = try TestFiles()
        defer { files.remove() }
        let images = try files.writeGzip(idxBytes(dimensions: [3, 4, 5], values: pixels), to: "images.gz")
        let labels = try files.writeGzip(idxBytes(dimensions: [3], values: [0, 5, 1]), to: "labels.gz")
        #expect(throws: DatasetError.labelOutOfRange(path: labels, index: 1, label: 5, classCount: 2)) {
            try IDXReader.dataset(imagesAt: images, labelsAt: labels, classNames: ["a", "b"])
        }
    }
}
