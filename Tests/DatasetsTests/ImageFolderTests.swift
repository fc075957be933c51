import Foundation
import PNG
import Testing
import Tensors
@testable import Datasets

@Suite struct ImageFolderTests {
    @Test func writtenSignsReadBackWithTheirPixelsAndLabels() throws {
        let files = try TestFiles()
        defer { files.remove() }
        let samples = SignGenerator(size: 16).samples(0..<12, seed: 3)
        try ImageFolder.write(
            samples.enumerated().map { index, sample in (sample.image.pngImage(), sample.sign.name, index) }, to: files.directory)

        let dataset = try ImageFolder.load(directory: files.directory)
        // Classes are the sorted folder names; images within a class in index order.
        let classNames = Set(samples.map(\.sign.name)).sorted()
        #expect(dataset.classNames == classNames)
        let expected = classNames.flatMap { name in samples.filter { $0.sign.name == name } }
        #expect(dataset.labels == expected.map { classNames.firstIndex(of: $0.sign.name)! })
        #expect(dataset.images == PixelBuffer.tensor(stacking: expected.map(\.image)))
    }

    @Test func grayLoadingConvertsColourImages() throws {
        let files = try TestFiles()
        defer { files.remove() }
        let red = PixelBuffer(width: 2, height: 1, channels: 3, bytes: [255, 0, 0, 255, 0, 0])
        try ImageFolder.write([(red.pngImage(), "red", 0)], to: files.directory)
        let dataset = try ImageFolder.load(directory: files.directory, channels: 1)
        #expect(dataset.imageShape == [1, 1, 2])
        let value = dataset.images.scalars[0]
        #expect(value > 0.1 && value < 0.5)
    }

    @Test func imagesOfAnotherSizeAreRefusedNamingTheFile() throws {
        let files = try TestFiles()
        defer { files.remove() }
        let small = PixelBuffer(width: 1, height: 1, channels: 3, bytes: [1, 2, 3])
        let large = PixelBuffer(width: 2, height: 1, channels: 3, bytes: [1, 2, 3, 4, 5, 6])
        try ImageFolder.write([(small.pngImage(), "a", 0), (large.pngImage(), "b", 1)], to: files.directory)
        #expect {
            _ = try ImageFolder.load(directory: files.directory)
        } throws: { error in
            let message = (error as? LocalizedError)?.errorDescription ?? ""
            return message.contains("b/000001.png") && message.contains("resize")
        }
    }

    @Test func missingOrEmptyFoldersGiveClearErrors() throws {
        let files = try TestFiles()
        defer { files.remove() }
        #expect(throws: DatasetError.fileNotFound(path: files.path("absent"))) {
            _ = try ImageFolder.load(directory: files.path("absent"))
        }
        #expect(throws: DatasetError.self) { _ = try ImageFolder.load(directory: files.directory) }
    }

    @Test func grayDatasetImagesRoundTripExactly() throws {
        let files = try TestFiles()
        defer { files.remove() }
        let pixels: [UInt8] = [0, 17, 255, 128, 3, 99, 200, 1]
        let dataset = Dataset(pixels: pixels, imageShape: [1, 2, 2], labels: [1, 0], classNames: ["a", "b"])
        try ImageFolder.write(
            (0..<2).map { (PNGImage(tensor: dataset.images(at: [$0])), dataset.classNames[dataset.labels[$0]], $0) },
            to: files.directory)
        let loaded = try ImageFolder.load(directory: files.directory, channels: 1)
        // Folders sort as a, b: image 1 (label 0, "a") comes first.
        #expect(loaded.images == dataset.images(at: [1, 0]))
        #expect(loaded.labels == [0, 1])
    }

    @Test func anUnwritableDestinationIsAnErrorNamingIt() throws {
        let files = try TestFiles()
        defer { files.remove() }
        let blocker = try files.write([1], to: "file-not-folder")
        let pixel = PixelBuffer(width: 1, height: 1, channels: 3, bytes: [1, 2, 3])
        #expect {
            try ImageFolder.write([(pixel.pngImage(), "x", 0)], to: blocker)
        } throws: { error in
            guard case .unwritable(let path, _) = error as? DatasetError else { return false }
            return path == blocker + "/x"
        }
    }

    @Test func writtenFilesCarryTheGivenText() throws {
        let files = try TestFiles()
        defer { files.remove() }
        let pixel = PixelBuffer(width: 1, height: 1, channels: 3, bytes: [9, 8, 7])
        try ImageFolder.write(
            [(pixel.pngImage(), "x", 42)], to: files.directory, text: [PNGTextChunk(keyword: "Source", text: "test")])
        let image = try PNGImage(contentsOf: files.path("x/000042.png"))
        #expect(image.text.map(\.text) == ["test"])
        #expect(image.samples == .eight([9, 8, 7]))
    }
}
