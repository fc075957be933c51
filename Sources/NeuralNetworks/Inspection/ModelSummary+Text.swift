import Foundation

extension ModelSummary {
    /// The human-readable report: one aligned `name  value` line per item.
    public var text: String {
        let describe = { (value: Value) in
            "\(value.name): \(value.type) \(ONNXValueInfo.describe(shape: value.shape))"
        }
        let operatorList = operators.map { "\($0.op) ×\($0.count)" }.joined(separator: ", ")
        var spec = "\(input.channels)×\(input.height)×\(input.width), values in \(Self.list(input.range))"
        if let mean = input.mean, let std = input.std {
            spec += ", mean \(Self.list(mean)), std \(Self.list(std))"
        }
        let shownLabels = labels.prefix(Self.labelsShown).joined(separator: ", ")
            + (labels.count > Self.labelsShown ? ", …" : "")
        let rows: [(String, String)] = [
            ("model", file),
            ("producer", "\(producer.isEmpty ? "unknown" : producer) (IR \(irVersion), opset \(opset))"),
            ("inputs", inputs.map(describe).joined(separator: "; ")),
            ("outputs", outputs.map(describe).joined(separator: "; ")),
            ("operators", "\(operatorList) (\(nodeCount) nodes)"),
            ("parameters", "\(parameterCount) in \(initializerCount) initializers"),
            ("input spec", spec),
            ("labels", "\(labels.count) from \(metadataSource): \(shownLabels)"),
        ]
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { $0.0.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.1 }.joined(separator: "\n")
    }

    /// How many labels the text shows before eliding.
    private static let labelsShown = 10

    /// `[0.5, 1]`: numbers without a needless `.0`.
    private static func list(_ values: [Float]) -> String {
        "[" + values.map { $0 == $0.rounded() && abs($0) < 1e7 ? String(Int($0)) : "\($0)" }.joined(separator: ", ") + "]"
    }
}
