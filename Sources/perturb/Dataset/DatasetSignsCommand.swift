import ArgumentParser
import Datasets
import PNG
import Pipeline

/// `perturb dataset signs`: renders procedural traffic-sign photographs into
/// a folder with one subfolder per class.
struct DatasetSignsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "signs",
        abstract: "Render procedural traffic-sign pictures as DIR/CLASS/NNNNNN.png.",
        discussion: """
            Sample i of a seed is always the same picture and shows class i mod 10 \
            (\(SignClass.allNames.joined(separator: ", "))), so any count is balanced. \
            --clean renders each class's sign centred on grey, without the random scene.
            """
    )

    @Option(help: "How many pictures to render.")
    var count: Int = 100

    @Option(help: "Width and height of each picture, in pixels.")
    var size: Int = 64

    @Option(help: "The seed: the same seed gives the same pictures.")
    var seed: UInt64 = 0

    @Flag(help: "Render clean centred signs instead of random scenes.")
    var clean = false

    @Option(help: "The folder to write into (created if missing).")
    var out: String

    func validate() throws {
        guard count > 0 else { throw ValidationError("--count must be at least 1, got \(count)") }
        guard (8...1024).contains(size) else {
            throw ValidationError("--size must be between 8 and 1024 pixels, got \(size)")
        }
    }

    func run() throws {
        try CommandOutput.reportingFailure {
            let generator = SignGenerator(size: size)
            let provenance = [
                PNGTextChunk(keyword: "Software", text: "perturb \(PerturbVersion.string)", kind: .latin1),
                PNGTextChunk(
                    keyword: "Source", text: "perturb dataset signs --seed \(seed) --size \(size)\(clean ? " --clean" : "")",
                    kind: .latin1),
            ]
            let chunkSize = 256
            for start in stride(from: 0, to: count, by: chunkSize) {
                let indices = start..<min(count, start + chunkSize)
                let pictures = clean
                    ? indices.map { index -> (PixelBuffer, SignClass) in
                        let sign = SignClass.allCases[index % SignClass.allCases.count]
                        return (SignRenderer.render(sign, size: size, background: (128, 128, 128)), sign)
                    }
                    : generator.samples(indices, seed: seed).map { ($0.image, $0.sign) }
                try ImageFolder.write(
                    zip(indices, pictures).map { index, picture in (picture.0.pngImage(), picture.1.name, index) }, to: out,
                    text: provenance)
            }
            print("wrote \(count) pictures of \(size)x\(size) to \(out)/ (one folder per class)")
        }
    }
}
