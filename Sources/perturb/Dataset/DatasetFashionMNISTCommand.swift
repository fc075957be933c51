import ArgumentParser
import Datasets
import PNG
import Pipeline

/// `perturb dataset fashion-mnist`: writes Fashion-MNIST images as PNGs in
/// one folder per class.
struct DatasetFashionMNISTCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fashion-mnist",
        abstract: "Write Fashion-MNIST images as DIR/CLASS/NNNNNN.png (NNNNNN is the index in the split).",
        discussion: """
            The data comes from Debian's package dataset-fashion-mnist (apt-get install \
            dataset-fashion-mnist) or from --data, a folder with the four original .gz files.
            """
    )

    @Option(help: "The split: train or test.")
    var split: String = "test"

    @Option(help: "The index of the first image to write.")
    var first: Int = 0

    @Option(help: "How many images to write.")
    var count: Int = 20

    @Option(help: "A folder holding the original .gz files, instead of the Debian package.")
    var data: String?

    @Option(help: "The folder to write into (created if missing).")
    var out: String

    func validate() throws {
        guard FashionMNIST.Split(rawValue: split) != nil else {
            throw ValidationError("--split must be train or test, got '\(split)'")
        }
        guard first >= 0, count > 0 else {
            throw ValidationError("--first must be at least 0 and --count at least 1, got \(first) and \(count)")
        }
    }

    func run() throws {
        try CommandOutput.reportingFailure {
            let dataset = try FashionMNIST.load(FashionMNIST.Split(rawValue: split)!, from: data)
            guard first + count <= dataset.count else {
                throw ValidationError(
                    "the \(split) split has \(dataset.count) images; --first \(first) --count \(count) runs past its end")
            }
            let provenance = [
                PNGTextChunk(keyword: "Software", text: "perturb \(PerturbVersion.string)", kind: .latin1),
                PNGTextChunk(keyword: "Source", text: "Fashion-MNIST \(split) split", kind: .latin1),
            ]
            let indices = first..<(first + count)
            try ImageFolder.write(
                indices.map { (PNGImage(tensor: dataset.images(at: [$0])), dataset.classNames[dataset.labels[$0]], $0) }, to: out,
                text: provenance)
            print("wrote \(count) Fashion-MNIST \(split) images to \(out)/ (one folder per class)")
        }
    }
}
