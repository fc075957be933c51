import Datasets
import NeuralNetworks
import PNG
import Tensors

extension PipelineRunner {
    /// `load`: PNG files (labels fixed, from folders or a file) or a dataset range.
    func runLoad(_ load: LoadStage, stage: String) throws -> ImageSet {
        let input = try load.model.map { try models.entry($0).classifier.input }
        switch load.source {
        case .files(let patterns):
            var files: [String] = []
            for file in patterns.flatMap(FileGlob.matches) where !files.contains(file) { files.append(file) }
            let names = files.map(ImageFiles.imageName)
            if let repeated = names.first(where: { name in names.filter { $0 == name }.count > 1 }) {
                throw PipelineError.stageFailed(
                    stage: stage, reason: "two files give the image name \"\(repeated)\"; rename one so outputs do not collide")
            }
            let images = try files.map { try Self.read($0, input: input, stage: stage) }
            if input == nil, let first = images.first, let other = images.firstIndex(where: { $0.shape != first.shape }) {
                throw PipelineError.stageFailed(
                    stage: stage,
                    reason: "\(files[other]) is \(images[other].shape.dropFirst()) but \(files[0]) is \(first.shape.dropFirst()); "
                        + "add \"model\" to convert every image to a model's input")
            }
            return ImageSet(
                name: load.output, images: concatenate(images, alongAxis: 0), imageNames: names,
                labels: try labels(of: files, load.labels), derivation: nil)
        case .fashionMNIST(let split, let start, let count, let path):
            let dataset = try FashionMNIST.load(split == "train" ? .train : .test, from: path)
            guard start + count <= dataset.count else {
                throw PipelineError.stageFailed(
                    stage: stage, reason: "images \(start)..<\(start + count) asked for, the split has \(dataset.count)")
            }
            let indices = Array(start..<start + count)
            var images = dataset.images(at: indices)
            if let input { images = Self.fitted(images, to: input) }
            return ImageSet(
                name: load.output, images: images,
                imageNames: indices.map { "fashion-mnist-\(split)-" + String(format: "%05d", $0) },
                labels: indices.map { dataset.classNames[dataset.labels[$0]] }, derivation: nil)
        }
    }

    private func labels(of files: [String], _ labels: LoadStage.Labels) throws -> [String]? {
        switch labels {
        case .none: return nil
        case .fixed(let label): return Array(repeating: label, count: files.count)
        case .folder: return files.map(ImageFiles.folderName)
        case .file(let file):
            let table = try ImageFiles.labelTable(file)
            return files.map { ImageFiles.label(of: $0, in: table) ?? "" }
        }
    }

    /// A PNG as 1×C×H×W, converted to the model's channels and size when given.
    private static func read(_ file: String, input: InputSpec?, stage: String) throws -> Tensor {
        let image = try PNGImage(contentsOf: file)
        guard let input else { return image.tensor(channels: image.layout.isColor ? 3 : 1) }
        return fitted(image.tensor(channels: input.channels), to: input)
    }

    /// Images resized to the model's input (area averaging when shrinking, else bilinear).
    private static func fitted(_ images: Tensor, to input: InputSpec) -> Tensor {
        let (height, width) = (images.shape[2], images.shape[3])
        guard height != input.height || width != input.width else { return images }
        let shrinking = width >= input.width && height >= input.height
        return images.resized(height: input.height, width: input.width, method: shrinking ? .area : .bilinear)
    }
}
