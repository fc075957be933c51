import Testing
@testable import Datasets

@Suite struct CIFAR10Tests {
    /// A record whose red plane is `red`, green `green`, blue `blue`.
    func record(label: UInt8, red: UInt8, green: UInt8, blue: UInt8) -> [UInt8] {
        [label] + [UInt8](repeating: red, count: 1024) + [UInt8](repeating: green, count: 1024)
            + [UInt8](repeating: blue, count: 1024)
    }

    @Test func readsAndConcatenatesBatchFiles() throws {
        let files = try TestFiles()
        defer { files.remove() }
        let first = try files.write(
            record(label: 3, red: 255, green: 0, blue: 0) + record(label: 9, red: 0, green: 51, blue: 0),
            to: "data_batch_1.bin")
        let second = try files.writeGzip(record(label: 0, red: 0, green: 0, blue: 102), to: "test_batch.bin.gz")
        let dataset = try CIFAR10.load(batchFiles: [first, second])
        #expect(dataset.images.shape == [3, 3, 32, 32])
        #expect(dataset.labels == [3, 9, 0])
        #expect(dataset.images[0, 0, 31, 31] == 1 && dataset.images[0, 1, 0, 0] == 0)
        #expect(dataset.images[1, 1, 5, 7] == 0.2)
        #expect(dataset.images[2, 2, 16, 0] == 0.4)
        #expect(dataset.classNames[3] == "cat")
    }

    @Test func truncatedRecordIsReported() throws {
        let files = try TestFiles()
        defer { files.remove() }
        let bytes = record(label: 1, red: 1, green: 2, blue: 3) + [4, 5, 6]
        let path = try files.write(bytes, to: "short.bin")
        let expected = DatasetError.truncated(path: path, expectedBytes: 2 * 3073, foundBytes: 3076)
        #expect(throws: expected) { try CIFAR10.load(batchFiles: [path]) }
        #expect(expected.localizedDescription.contains("6146"))
    }

    @Test func tarArchiveIsNamedAsSuch() throws {
        let files = try TestFiles()
        defer { files.remove() }
        var bytes = [UInt8](repeating: 0, count: 3073)
        bytes.replaceSubrange(257..<262, with: Array("ustar".utf8))
        let path = try files.write(bytes, to: "cifar-10-binary.tar")
        do {
            _ = try CIFAR10.load(batchFiles: [path])
            Issue.record("a tar archive was read as a batch")
        } catch let error as DatasetError {
            #expect(error.localizedDescription.contains("tar archive"))
            #expect(error.localizedDescription.contains(path))
        }
    }

    @Test func labelAboveNineIsAnError() throws {
        let files = try TestFiles()
        defer { files.remove() }
        let path = try files.write(
            record(label: 1, red: 0, green: 0, blue: 0) + record(label: 12, red: 0, green: 0, blue: 0), to: "b.bin")
        #expect(throws: DatasetError.labelOutOfRange(path: path, index: 1, label: 12, classCount: 10)) {
            try CIFAR10.load(batchFiles: [path])
        }
    }
}
