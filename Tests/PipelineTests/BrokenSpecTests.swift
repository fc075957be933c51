import Foundation
import Pipeline
import Testing

/// A catalogue of broken specs, each with the message it must give, and the
/// promise that all problems of a spec are reported at once.
@Suite struct BrokenSpecTests {
    /// A valid spec with `stages` spliced in.
    static func spec(_ stages: String, models: String = #"{"cnn": "signs-cnn"}"#) -> String {
        #"{"name": "broken", "seed": 1, "models": \#(models), "stages": [\#(stages)]}"#
    }

    static let load = #"{"load": {"as": "clean", "images": "SampleImages/signs/stop/*.png", "label": "stop", "model": "cnn"}}"#

    static let catalogue: [(name: String, json: String, expected: String)] = [
        ("unknown stage", spec(load + #", {"atack": {}}"#),
         #"stages[1]: unknown stage "atack" (expected one of load, generate, attack, patch, sticker, transform, evaluate, save, train); did you mean "attack"?"#),
        ("misspelt key", spec(#"{"load": {"as": "clean", "imagse": "SampleImages/signs/stop/*.png"}}"#),
         #"stages[0].load: unknown key "imagse" (expected one of as, images, dataset, label, labelsFrom, labelsFile, model); did you mean "images"?"#),
        ("wrong type", spec(#"{"generate": {"as": "signs", "count": "three"}}"#),
         "stages[0].generate.count: expected an integer, found a string"),
        ("bad range", spec(load + #", {"attack": {"input": "clean", "as": "adv", "model": "cnn", "method": "pgd", "eot": {"samples": 0}}}"#),
         "stages[1].attack.eot.samples: expected an integer in 1...1024, found 0"),
        ("bad attack parameter", spec(load + #", {"attack": {"input": "clean", "as": "adv", "model": "cnn", "method": "fgsm", "parameters": {"eps": 2}}}"#),
         "stages[1].attack.parameters.eps: expected between 0 and 1 in [0, 1] image units (8/255 ≈ 0.031 is common for 8-bit images), found 2.0"),
        ("missing file", spec(#"{"load": {"as": "clean", "images": "SampleImages/nowhere/*.png"}}"#),
         #"stages[0].load.images: missing file: no PNG matches "SampleImages/nowhere/*.png"; check the path (relative to the working directory)"#),
        ("missing model", spec(#"{"generate": {"as": "signs"}}"#, models: #"{"cnn": "signs-cnnn"}"#),
         "models.cnn: missing model: no file Models/signs-cnnn.onnx (expected an ONNX file or a shipped model name: "),
        ("unknown model", spec(#"{"generate": {"as": "signs"}}, {"attack": {"input": "signs", "as": "adv", "model": "cn", "method": "fgsm"}}"#),
         #"stages[1].attack.model: unknown model "cn" (expected one of the spec's models: cnn); did you mean "cnn"?"#),
        ("unknown label", spec(#"{"load": {"as": "clean", "images": "SampleImages/signs/stop/*.png", "label": "stopp", "model": "cnn"}}"#),
         #"stages[0].load.label: unknown label "stopp" for model "cnn" (its classes: "#),
        ("unknown target", spec(load + #", {"attack": {"input": "clean", "as": "adv", "model": "cnn", "method": "pgd", "target": "speed-limit-31"}}"#),
         "stages[1].attack.target: "),
        ("dangling reference", spec(load + #", {"attack": {"input": "cleen", "as": "adv", "model": "cnn", "method": "fgsm"}}"#),
         #"stages[1].attack.input: dangling reference: no earlier stage makes image set "cleen" (made so far: clean); did you mean "clean"?"#),
        ("cyclic reference", spec(#"{"attack": {"input": "adv", "as": "adv", "model": "cnn", "method": "fgsm"}}"#),
         #"stages[0].attack.input: cyclic reference: image set "adv" is made by stages[0], which runs as this stage; read a set made by an earlier stage"#),
        ("reference to a later stage", spec(#"{"transform": {"input": "signs", "as": "photos", "preset": "print-and-photograph"}}, {"generate": {"as": "signs"}}"#),
         #"stages[0].transform.input: cyclic reference: image set "signs" is made by stages[1], which runs after this stage"#),
        ("repeated set name", spec(#"{"generate": {"as": "signs"}}, {"generate": {"as": "signs"}}"#),
         #"stages[1].generate.as: image set "signs" is already made by stages[0]; choose another name"#),
        ("unknown preset", spec(#"{"generate": {"as": "signs"}}, {"transform": {"input": "signs", "as": "t", "preset": "print-and-photo"}}"#),
         #"stages[1].transform.preset: unknown transform preset "print-and-photo"; "#),
        ("dangling pasteOn", spec(load + #", {"patch": {"input": "clean", "pasteOn": "held-out", "as": "p", "model": "cnn"}}"#),
         #"stages[1].patch.pasteOn: dangling reference: no earlier stage makes image set "held-out" (made so far: clean)"#),
        ("bad sticker setting", spec(load + #", {"sticker": {"input": "clean", "as": "s", "model": "cnn", "settings": {"steps": 0}}}"#),
         "stages[1].sticker.settings.steps: expected "),
        ("bad patch setting", spec(load + #", {"patch": {"input": "clean", "as": "p", "model": "cnn", "settings": {"size": 2}}}"#),
         "stages[1].patch.settings.size: expected an area fraction in (0, 1], found 2.0"),
        ("bad patch EOT", spec(load + #", {"patch": {"input": "clean", "as": "p", "model": "cnn", "settings": {"eot": {"samples": 0}}}}"#),
         "stages[1].patch.settings.eot.samples: expected an integer in 1...1024, found 0"),
        ("evaluation without models", spec(#"{"generate": {"as": "signs"}}, {"evaluate": {"input": "signs"}}"#),
         #"stages[1].evaluate.models: is missing: "signs" was not made by an attack or patch stage"#),
        ("not JSON", #"{"name": "x", "seed": 1,"#, "$: not valid JSON: "),
        ("missing top-level key", #"{"name": "x", "stages": [{"generate": {"as": "signs"}}]}"#, "seed: is missing; add it"),
        ("unknown top-level key", #"{"name": "x", "seed": 1, "stagse": []}"#,
         #"$: unknown key "stagse" (expected one of description, name, seed, models, stages); did you mean "stages"?"#),
    ]

    @Test(arguments: catalogue.indices)
    func eachBrokenSpecGivesItsMessage(_ index: Int) {
        let (name, json, expected) = Self.catalogue[index]
        let problems = PipelineFixture.problems(json)
        #expect(problems.contains { $0.hasPrefix(expected) }, "\(name): got \(problems)")
    }

    @Test func everyProblemIsReportedAtOnce() {
        let json = Self.spec(
            Self.load + #", {"atack": {}}, {"attack": {"input": "clean", "as": "adv", "model": "cnn", "method": "pgd", "eot": {"samples": 0}}}, "#
                + #"{"evaluate": {"input": "adversrial"}}, {"save": {"panel": true}}"#)
        let problems = PipelineFixture.problems(json)
        #expect(problems.count == 4, "\(problems)")
        #expect(problems.map { String($0.prefix(while: { $0 != ":" })) }
            == ["stages[1]", "stages[2].attack.eot.samples", "stages[4].save", "stages[3].evaluate.input"])
    }

    @Test func theMessageListsEveryProblemWithTheFile() {
        let error = PipelineError.invalidSpec(
            file: "p.json", issues: [.init(path: "seed", message: "is missing; add it"), .init(path: "name", message: "x")])
        #expect(error.localizedDescription == "p.json: 2 problems:\n  seed: is missing; add it\n  name: x")
    }
}
