/// CIFAR-10 in its binary-batch format: 32x32 RGB images in 10 classes.
///
/// A batch file (`data_batch_1.bin` ... `test_batch.bin`) is a sequence of
/// records, each one label byte then 3072 pixel bytes: 1024 red, 1024 green,
/// 1024 blue, each plane row-major. Files may also be gzip-compressed.
public enum CIFAR10 {
    /// Class names, indexed by label.
    public static let classNames = [
        "airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck",
    ]

    /// The shape of one image: C,H,W.
    public static let imageShape = [3, 32, 32]

    /// The bytes of one record: the label and the pixels.
    public static let recordSize = 1 + 3 * 32 * 32

    /// Loads and concatenates the records of the given batch files, in order.
    public static func load(batchFiles paths: [String]) throws -> Dataset {
        var labels: [Int] = []
        var pixels: [UInt8] = []
        for path in paths {
            let bytes = try GzipFile.contents(of: path)
            try checkLayout(bytes, path: path)
            let recordCount = bytes.count / recordSize
            labels.reserveCapacity(labels.count + recordCount)
            pixels.reserveCapacity(pixels.count + recordCount * (recordSize - 1))
            for record in 0..<recordCount {
                let start = record * recordSize
                labels.append(Int(bytes[start]))
                pixels.append(contentsOf: bytes[(start + 1)..<(start + recordSize)])
            }
            try Dataset.checkLabels(
                Array(labels.suffix(recordCount)), classCount: classNames.count, path: path)
        }
        return Dataset(pixels: pixels, imageShape: imageShape, labels: labels, classNames: classNames)
    }

    /// Throws when `bytes` cannot be a sequence of whole records.
    private static func checkLayout(_ bytes: [UInt8], path: String) throws {
        let tarMagicOffset = 257
        if bytes.count >= tarMagicOffset + 5, Array(bytes[tarMagicOffset..<(tarMagicOffset + 5)]) == Array("ustar".utf8) {
            throw DatasetError.wrongMagic(
                path: path, expected: "a CIFAR-10 binary batch (records of 1 label byte and 3072 pixel bytes)",
                found: "a tar archive; extract it and pass its data_batch_*.bin or test_batch.bin files")
        }
        if bytes.isEmpty || bytes.count % recordSize != 0 {
            let wholeRecords = bytes.count / recordSize + 1
            throw DatasetError.truncated(
                path: path, expectedBytes: wholeRecords * recordSize, foundBytes: bytes.count)
        }
    }
}
