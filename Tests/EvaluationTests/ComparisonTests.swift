import Evaluation
import Foundation
import Testing

/// The transfer matrix and robustness curve as data: lookup, order, JSON.
@Suite struct ComparisonTests {
    @Test func transferMatrixLooksUpCells() throws {
        let matrix = TransferMatrix(
            sources: ["cnn"], targets: ["cnn", "resnet"],
            entries: [
                .init(source: "cnn", target: "resnet", transformed: false, success: Proportion(successes: 3, trials: 10)),
                .init(source: "cnn", target: "resnet", transformed: true, success: Proportion(successes: 1, trials: 10)),
            ])
        #expect(matrix.success(source: "cnn", target: "resnet", transformed: true)?.successes == 1)
        #expect(matrix.success(source: "cnn", target: "cnn", transformed: false) == nil)
        let decoded = try JSONDecoder().decode(TransferMatrix.self, from: try JSONEncoder().encode(matrix))
        #expect(decoded == matrix)
    }

    @Test func robustnessCurveSortsByEpsilon() throws {
        let curve = RobustnessCurve(
            model: "cnn", method: "pgd",
            points: [
                .init(epsilon: 8, accuracy: Proportion(successes: 2, trials: 10)),
                .init(epsilon: 0, accuracy: Proportion(successes: 9, trials: 10)),
            ])
        #expect(curve.points.map(\.epsilon) == [0, 8])
        #expect(try JSONDecoder().decode(RobustnessCurve.self, from: try JSONEncoder().encode(curve)) == curve)
    }
}
