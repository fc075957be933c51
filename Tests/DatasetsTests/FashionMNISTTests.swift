import Testing
@testable import Datasets

@Suite struct FashionMNISTTests {
    @Test func loadsASplitFromAnExplicitDirectory() throws {
        let files = try TestFiles()
        defer { files.remove() }
        let pixels = [UInt8](repeating: 255, count: 2 * 28 * 28)
        _ = try files.writeGzip(idxBytes(dimensions: [2, 28, 28], values: pixels), to: "t10k-images-idx3-ubyte.gz")
        _ = try files.writeGzip(idxBytes(dimensions: [2], values: [9, 0]), to: "t10k-labels-idx1-ubyte.gz")
        let dataset = try FashionMNIST.load(.test, from: files.directory)
        #expect(dataset.images.shape == [2, 1, 28, 28])
        #expect(dataset.labels.map { dataset.classNames[$0] } == ["ankle-boot", "t-shirt-top"])
        #expect(dataset.images.scalars.allSatisfy { $0 == 1 })
    }

    @Test func hasTenDistinctClassNames() {
        #expect(FashionMNIST.classNames.count == 10)
        #expect(Set(FashionMNIST.classNames).count == 10)
    }

    @Test func missingDatasetMessageNamesTheDebianPackage() {
        let error = DatasetError.datasetNotInstalled(
            dataset: "Fashion-MNIST", debianPackage: FashionMNIST.debianPackage,
            searched: [FashionMNIST.systemDirectory])
        #expect(error.localizedDescription.contains("apt-get install dataset-fashion-mnist"))
        #expect(error.localizedDescription.contains("data path"))
    }
}
