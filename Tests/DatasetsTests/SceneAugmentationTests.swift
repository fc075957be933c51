import Testing
@testable import Datasets

@Suite struct SceneAugmentationTests {
    @Test func standardRangesAreUsable() {
        #expect(SceneAugmentation.standard.problems.isEmpty)
    }

    @Test func problemsNameThePropertyAndTheValue() {
        var augmentation = SceneAugmentation.standard
        augmentation.poleProbability = 1.5
        augmentation.signScale = 0...0.4
        #expect(augmentation.problems.count == 2)
        #expect(augmentation.problems.contains { $0.hasPrefix("poleProbability") && $0.contains("1.5") })
        #expect(augmentation.problems.contains { $0.hasPrefix("signScale") })
    }
}
