import Foundation
import NeuralNetworks

extension PipelineRunner {
    /// `train`: a training spec run to its end (continued from its checkpoint
    /// on `--resume`), or skipped on `--resume` when it finished before and
    /// its model file is unchanged.
    func runTrain(_ train: TrainStage, stage: String, text: String) throws {
        // The spec file's bytes when it is a separate file; a training spec run as a pipeline is `text` itself.
        let specBytes = FileManager.default.contents(atPath: train.specFile) ?? Data()
        let key = ContentHash.combining([text, SHA256.hexDigest(of: Array(specBytes))])
        let output = train.spec.output
        let finished = resumeStore.value(RunResults.TrainingRecord.self, key: key)
        let record: RunResults.TrainingRecord
        if let finished, FileManager.default.fileExists(atPath: output),
            try SHA256.hexDigest(ofFileAt: URL(fileURLWithPath: output)) == resumeStore.value(String.self, key: key + "-model")
        {
            log("  \(output) was trained by an earlier run")
            record = finished
        } else {
            let canContinue = options.resume && train.spec.checkpoint.map { FileManager.default.fileExists(atPath: $0) } == true
            let result = try TrainingRun(spec: train.spec).run(resume: canContinue) { [weak self] line in self?.log("  " + line) }
            record = .init(
                stage: stage, spec: train.specFile, output: result.output, architecture: result.architecture.rawValue,
                parameterCount: result.parameterCount, testAccuracy: result.testAccuracy)
            try resumeStore.store(record, key: key)
            try resumeStore.store(try SHA256.hexDigest(ofFileAt: URL(fileURLWithPath: output)), key: key + "-model")
        }
        results.trainings.append(record)
        if let name = train.model { models.register(name, file: output) }
    }
}
