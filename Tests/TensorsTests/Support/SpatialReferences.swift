import Testing
@testable import Tensors

/// Naive reference implementations for the spatial operations, written
/// straight from the definitions with Double accumulation.
enum SpatialReference {
    /// Direct cross-correlation, PyTorch semantics.
    static func conv2d(
        _ x: Tensor, _ w: Tensor, _ b: Tensor?, stride: Size2D, padding: Padding2D, dilation: Size2D, groups: Int
    ) -> Tensor {
        let (n, c, h, wd) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
        let (o, cg, kh, kw) = (w.shape[0], w.shape[1], w.shape[2], w.shape[3])
        let og = o / groups
        let oh = (h + padding.vertical - dilation.height * (kh - 1) - 1) / stride.height + 1
        let ow = (wd + padding.horizontal - dilation.width * (kw - 1) - 1) / stride.width + 1
        var out = [Float](repeating: 0, count: n * o * oh * ow)
        for i in 0..<n {
            for oc in 0..<o {
                let group = oc / og
                for y in 0..<oh {
                    for xx in 0..<ow {
                        var sum = Double(b?.scalars[oc] ?? 0)
                        for ci in 0..<cg {
                            let ic = group * cg + ci
                            for a in 0..<kh {
                                for bb in 0..<kw {
                                    let iy = y * stride.height - padding.top + a * dilation.height
                                    let ix = xx * stride.width - padding.left + bb * dilation.width
                                    guard iy >= 0, iy < h, ix >= 0, ix < wd else { continue }
                                    sum += Double(x.scalars[((i * c + ic) * h + iy) * wd + ix])
                                        * Double(w.scalars[((oc * cg + ci) * kh + a) * kw + bb])
                                }
                            }
                        }
                        out[((i * o + oc) * oh + y) * ow + xx] = Float(sum)
                    }
                }
            }
        }
        return Tensor(shape: [n, o, oh, ow], scalars: out)
    }

    /// Direct transposed convolution: every input value scatters its kernel.
    static func transposedConv2d(
        _ x: Tensor, _ w: Tensor, _ b: Tensor?, stride: Size2D, padding: Padding2D, outputPadding: Size2D,
        dilation: Size2D, groups: Int
    ) -> Tensor {
        let (n, c, h, wd) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
        let (og, kh, kw) = (w.shape[1], w.shape[2], w.shape[3])
        let o = og * groups, cg = c / groups
        let oh = (h - 1) * stride.height - padding.vertical + dilation.height * (kh - 1) + outputPadding.height + 1
        let ow = (wd - 1) * stride.width - padding.horizontal + dilation.width * (kw - 1) + outputPadding.width + 1
        var out = [Double](repeating: 0, count: n * o * oh * ow)
        for i in 0..<n {
            for ic in 0..<c {
                let group = ic / cg
                for y in 0..<h {
                    for xx in 0..<wd {
                        let value = Double(x.scalars[((i * c + ic) * h + y) * wd + xx])
                        for oi in 0..<og {
                            let oc = group * og + oi
                            for a in 0..<kh {
                                for bb in 0..<kw {
                                    let ty = y * stride.height - padding.top + a * dilation.height
                                    let tx = xx * stride.width - padding.left + bb * dilation.width
                                    guard ty >= 0, ty < oh, tx >= 0, tx < ow else { continue }
                                    out[((i * o + oc) * oh + ty) * ow + tx] +=
                                        value * Double(w.scalars[((ic * og + oi) * kh + a) * kw + bb])
                                }
                            }
                        }
                    }
                }
            }
        }
        if let b {
            for i in 0..<n { for oc in 0..<o { for p in 0..<(oh * ow) { out[(i * o + oc) * oh * ow + p] += Double(b.scalars[oc]) } } }
        }
        return Tensor(shape: [n, o, oh, ow], scalars: out.map { Float($0) })
    }
}

/// Expects two tensors of one shape to agree within `tolerance` (absolute,
/// scaled by the larger magnitude when above one).
func expectClose(
    _ actual: Tensor, _ expected: Tensor, tolerance: Float = 1e-4,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(actual.shape == expected.shape, "shape \(actual.shape) differs from \(expected.shape)", sourceLocation: sourceLocation)
    guard actual.shape == expected.shape else { return }
    let scale = max(1, expected.scalars.map(abs).max() ?? 0)
    let worst = zip(actual.scalars, expected.scalars).map { abs($0 - $1) }.max() ?? 0
    #expect(
        worst <= tolerance * scale,
        "values differ by up to \(worst) (scale \(scale)); got \(actual.scalars.prefix(6)), expected \(expected.scalars.prefix(6))",
        sourceLocation: sourceLocation)
}
