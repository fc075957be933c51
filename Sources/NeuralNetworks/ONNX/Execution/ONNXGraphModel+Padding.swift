import Tensors

extension ONNXGraphModel {
    /// Pad: constant padding on any axes (negative amounts crop); reflect and
    /// edge padding on H and W of an N,C,H,W tensor.
    static func pad(_ operands: ONNXNodeOperands, mode: PadMode) throws -> Tensor {
        let x = try operands.float(0)
        let pads = try operands.integers(1).values
        let value = try operands.optionalScalar(2) ?? 0
        let axes = try operands.optionalIntegers(3)?.values.map { try operands.axis($0, rank: x.rank) }
            ?? Array(0..<x.rank)
        try operands.require(pads.count == 2 * axes.count, "expected \(2 * axes.count) pads, found \(pads.count)")
        var amounts = [(begin: Int, end: Int)](repeating: (0, 0), count: x.rank)
        for (index, axis) in axes.enumerated() { amounts[axis] = (pads[index], pads[index + axes.count]) }
        for (axis, amount) in amounts.enumerated() {
            try operands.require(
                x.shape[axis] + amount.begin + amount.end >= 0, "pads \(pads) crop axis \(axis) of \(x.shape) below zero")
        }
        let spatialOnly = x.rank == 4 && amounts[..<2].allSatisfy { $0 == (0, 0) }
            && amounts.allSatisfy { $0.begin >= 0 && $0.end >= 0 }
        switch mode {
        case .constant where !spatialOnly:
            return amounts.enumerated().reduce(x) { padded, entry in
                constantPadded(padded, axis: entry.offset, begin: entry.element.begin, end: entry.element.end, value: value)
            }
        case .constant, .reflect, .edge:
            try operands.require(
                spatialOnly, "\(mode.rawValue) padding is supported on H and W of N×C×H×W tensors only, found pads \(pads)")
            let padding = Padding2D(
                top: amounts[2].begin, left: amounts[3].begin, bottom: amounts[2].end, right: amounts[3].end)
            if mode == .reflect {
                try operands.require(
                    padding.top < x.shape[2] && padding.bottom < x.shape[2] && padding.left < x.shape[3]
                        && padding.right < x.shape[3],
                    "reflect pads \(pads) must be smaller than the \(x.shape[2])x\(x.shape[3]) image")
            }
            let paddingMode: PaddingMode = switch mode {
            case .constant: .constant(value)
            case .reflect: .reflect
            case .edge: .replicate
            }
            return x.padded(padding, mode: paddingMode)
        }
    }

    /// `x` with `begin` and `end` values of `value` added along `axis`
    /// (negative amounts remove values instead).
    private static func constantPadded(_ x: Tensor, axis: Int, begin: Int, end: Int, value: Float) -> Tensor {
        let cropped = x.sliced(alongAxis: axis, start: Swift.max(-begin, 0), end: x.shape[axis] - Swift.max(-end, 0))
        func block(_ count: Int) -> Tensor? {
            guard count > 0 else { return nil }
            var shape = cropped.shape
            shape[axis] = count
            return Tensor(shape: shape, repeating: value)
        }
        let parts = [block(begin), cropped, block(end)].compactMap { $0 }
        return parts.count == 1 ? cropped : concatenate(parts, alongAxis: axis)
    }
}
