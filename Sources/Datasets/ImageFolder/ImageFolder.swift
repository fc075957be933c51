import Foundation
import PNG

/// A folder of PNG images with one subfolder per class (`DIR/stop/0001.png`),
/// the layout of torchvision's `ImageFolder`.
///
/// Classes are the subfolder names in sorted order, so the same folder always
/// gives the same labels; images in a class are read in sorted file order.
public enum ImageFolder {
    /// Reads every PNG below `directory` into a dataset of 8-bit images with
    /// `channels` channels (1 for gray, 3 for RGB; other layouts are converted).
    ///
    /// Every image must have the size of the first one; a different size is an
    /// error that names the file.
    public static func load(directory: String, channels: Int = 3) throws -> Dataset {
        precondition(channels == 1 || channels == 3, "ImageFolder reads gray (1) or RGB (3) images, got \(channels)")
        let classNames = try subfolders(of: directory)
        guard !classNames.isEmpty else {
            throw DatasetError.unsupportedLayout(
                path: directory, expected: "one subfolder per class holding PNG files", found: "no subfolders")
        }
        var pixels: [UInt8] = []
        var labels: [Int] = []
        var imageSize: (width: Int, height: Int, path: String)?
        for (label, className) in classNames.enumerated() {
            let classDirectory = (directory as NSString).appendingPathComponent(className)
            for file in try pngFiles(in: classDirectory) {
                let path = (classDirectory as NSString).appendingPathComponent(file)
                let image = try PNGImage(contentsOf: path, bitDepth: .eight)
                    .converted(to: channels == 1 ? .gray : .rgb, bitDepth: .eight)
                if let expected = imageSize, (expected.width, expected.height) != (image.width, image.height) {
                    throw DatasetError.unsupportedLayout(
                        path: path, expected: "\(expected.width)x\(expected.height) like \(expected.path)",
                        found: "\(image.width)x\(image.height); resize the images to one size")
                }
                imageSize = imageSize ?? (image.width, image.height, path)
                guard case .eight(let samples) = image.samples else { continue }
                pixels += planarSamples(samples, channels: channels)
                labels.append(label)
            }
        }
        guard let size = imageSize else {
            throw DatasetError.unsupportedLayout(
                path: directory, expected: "PNG files in the class subfolders", found: "none")
        }
        return Dataset(
            pixels: pixels, imageShape: [channels, size.height, size.width], labels: labels, classNames: classNames)
    }

    /// Writes labelled pictures as `directory/CLASS/NNNNNN.png` (the index
    /// zero-padded to six digits), each with `text` added to its own text
    /// chunks, creating folders as needed; each file is written atomically.
    public static func write(
        _ images: [(image: PNGImage, className: String, index: Int)], to directory: String,
        text: [PNGTextChunk] = []
    ) throws {
        for (image, className, index) in images {
            let classDirectory = (directory as NSString).appendingPathComponent(className)
            do {
                try FileManager.default.createDirectory(atPath: classDirectory, withIntermediateDirectories: true)
            } catch {
                throw DatasetError.unwritable(path: classDirectory, reason: error.localizedDescription)
            }
            let name = String(repeating: "0", count: max(0, 6 - String(index).count)) + "\(index).png"
            var file = image
            file.text += text
            try file.write(to: (classDirectory as NSString).appendingPathComponent(name))
        }
    }

    private static func subfolders(of directory: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DatasetError.fileNotFound(path: directory)
        }
        return try contents(of: directory).filter { name in
            var isFolder: ObjCBool = false
            let path = (directory as NSString).appendingPathComponent(name)
            return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
                && isFolder.boolValue
        }
    }

    private static func pngFiles(in directory: String) throws -> [String] {
        try contents(of: directory).filter { $0.lowercased().hasSuffix(".png") && !$0.hasPrefix(".") }
    }

    private static func contents(of directory: String) throws -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            throw DatasetError.unreadable(path: directory, reason: error.localizedDescription)
        }
    }
}
