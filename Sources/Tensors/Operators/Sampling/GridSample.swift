/// Samples an N,C,H,W batch bilinearly at the points of an N,Hₒ,Wₒ,2 grid,
/// giving N,C,Hₒ,Wₒ (PyTorch `grid_sample(mode="bilinear")`, ONNX `GridSample`).
///
/// `grid[n, i, j] = (x, y)` in normalised coordinates: −1 and +1 are the left
/// and right (top and bottom) edges of the image — the outer edges of the
/// corner pixels, or with `alignCorners` the centres of the corner pixels.
/// Differentiable with respect to both the input and the grid (the grid
/// gradient is what lets attacks optimise through rotations and warps).
public func gridSample(
    _ input: Tensor, grid: Tensor, alignCorners: Bool = false, padding: GridSamplePadding = .zeros
) -> Tensor {
    precondition(input.rank == 4, "gridSample: input must be N,C,H,W, got shape \(input.shape)")
    precondition(
        grid.rank == 4 && grid.shape[3] == 2 && grid.shape[0] == input.shape[0],
        "gridSample: grid must be N,Hout,Wout,2 with N = \(input.shape[0]) (input \(input.shape)), got \(grid.shape)")
    precondition(input.shape[2] > 0 && input.shape[3] > 0, "gridSample: input \(input.shape) has an empty image")
    let geometry = GridSampleKernels.Geometry(
        batch: input.shape[0], channels: input.shape[1], height: input.shape[2], width: input.shape[3],
        outputHeight: grid.shape[1], outputWidth: grid.shape[2], alignCorners: alignCorners,
        border: padding == .border)
    let x = input.detached(), points = grid.detached()
    let shape = [geometry.batch, geometry.channels, geometry.outputHeight, geometry.outputWidth]
    let scalars = makeScalars(shape.elementCount, zeroed: false) { output in
        x.scalars.withUnsafeBufferPointer { source in
            points.scalars.withUnsafeBufferPointer { grid in
                GridSampleKernels.forward(source.baseAddress!, grid: grid.baseAddress!, output: output, geometry: geometry)
            }
        }
    }
    return Tensor.recordingOperation(shape: shape, scalars: scalars, inputs: [input, grid]) { gradient, needs in
        var inputGradient = needs[0] ? [Float](repeating: 0, count: x.scalarCount) : nil
        var gridGradient = needs[1] ? [Float](repeating: 0, count: points.scalarCount) : nil
        x.scalars.withUnsafeBufferPointer { source in
            points.scalars.withUnsafeBufferPointer { grid in
                gradient.scalars.withUnsafeBufferPointer { dy in
                    withOptionalMutablePointer(&inputGradient) { dx in
                        withOptionalMutablePointer(&gridGradient) { dGrid in
                            GridSampleKernels.backward(
                                source.baseAddress!, grid: grid.baseAddress!, outputGradient: dy.baseAddress!,
                                inputGradient: dx, gridGradient: dGrid, geometry: geometry)
                        }
                    }
                }
            }
        }
        return [
            inputGradient.map { Tensor(shape: x.shape, scalars: $0) },
            gridGradient.map { Tensor(shape: points.shape, scalars: $0) },
        ]
    }
}

/// Calls `body` with a mutable pointer to the values, or `nil` when there are none.
@inline(__always)
func withOptionalMutablePointer<Result>(
    _ values: inout [Float]?, _ body: (UnsafeMutablePointer<Float>?) -> Result
) -> Result {
    guard values != nil else { return body(nil) }
    return values!.withUnsafeMutableBufferPointer { body($0.baseAddress) }
}

/// The normalised coordinates of the pixel centres along an axis of `count`
/// pixels, as PyTorch's `affine_grid` lays them out.
func normalisedPixelCentres(_ count: Int, alignCorners: Bool) -> [Float] {
    guard count > 1 else { return [0] }
    return (0..<count).map { index in
        alignCorners
            ? -1 + 2 * Float(index) / Float(count - 1)
            : (2 * Float(index) + 1) / Float(count) - 1
    }
}

/// A sampling grid N,H,W,2 for `gridSample` from N×2×3 affine matrices θ
/// (PyTorch `affine_grid`): each output pixel centre (x, y) in normalised
/// coordinates samples the input at θ·(x, y, 1).
///
/// θ maps output coordinates to input coordinates, so a rotation by +α
/// rotates the image content by −α. Differentiable with respect to θ.
public func affineGrid(_ theta: Tensor, height: Int, width: Int, alignCorners: Bool = false) -> Tensor {
    precondition(
        theta.rank == 3 && theta.shape[1] == 2 && theta.shape[2] == 3,
        "affineGrid: theta must be N,2,3, got shape \(theta.shape)")
    precondition(height >= 1 && width >= 1, "affineGrid: output size \(height)x\(width) must be positive")
    let batch = theta.shape[0]
    let xs = normalisedPixelCentres(width, alignCorners: alignCorners)
    let ys = normalisedPixelCentres(height, alignCorners: alignCorners)
    let t = theta.detached().scalars
    var scalars = [Float](repeating: 0, count: batch * height * width * 2)
    for image in 0..<batch {
        let m = image * 6
        for row in 0..<height {
            for column in 0..<width {
                let point = ((image * height + row) * width + column) * 2
                scalars[point] = t[m] * xs[column] + t[m + 1] * ys[row] + t[m + 2]
                scalars[point + 1] = t[m + 3] * xs[column] + t[m + 4] * ys[row] + t[m + 5]
            }
        }
    }
    return Tensor.recordingOperation(
        shape: [batch, height, width, 2], scalars: scalars, inputs: [theta]
    ) { gradient, _ in
        var result = [Float](repeating: 0, count: batch * 6)
        for image in 0..<batch {
            for row in 0..<height {
                for column in 0..<width {
                    let point = ((image * height + row) * width + column) * 2
                    for axis in 0..<2 {
                        let g = gradient.scalars[point + axis]
                        result[image * 6 + axis * 3] += g * xs[column]
                        result[image * 6 + axis * 3 + 1] += g * ys[row]
                        result[image * 6 + axis * 3 + 2] += g
                    }
                }
            }
        }
        return [Tensor(shape: [batch, 2, 3], scalars: result)]
    }
}

/// A sampling grid N,H,W,2 for `gridSample` from N×3×3 homographies H (a
/// perspective warp): each output pixel centre p = (x, y, 1) in normalised
/// coordinates samples the input at (u/w, v/w) where (u, v, w) = H·p.
///
/// With H's last row (0, 0, 1) this is `affineGrid`. Points where w is near
/// zero (behind the camera) give huge coordinates, which `gridSample` treats
/// as outside the image. Differentiable with respect to H.
public func perspectiveGrid(_ homography: Tensor, height: Int, width: Int, alignCorners: Bool = false) -> Tensor {
    precondition(
        homography.rank == 3 && homography.shape[1] == 3 && homography.shape[2] == 3,
        "perspectiveGrid: homography must be N,3,3, got shape \(homography.shape)")
    precondition(height >= 1 && width >= 1, "perspectiveGrid: output size \(height)x\(width) must be positive")
    let batch = homography.shape[0]
    let xs = normalisedPixelCentres(width, alignCorners: alignCorners)
    let ys = normalisedPixelCentres(height, alignCorners: alignCorners)
    let h = homography.detached().scalars
    func project(_ image: Int, _ x: Float, _ y: Float) -> (u: Float, v: Float, w: Float) {
        let m = image * 9
        return (
            h[m] * x + h[m + 1] * y + h[m + 2], h[m + 3] * x + h[m + 4] * y + h[m + 5],
            h[m + 6] * x + h[m + 7] * y + h[m + 8]
        )
    }
    var scalars = [Float](repeating: 0, count: batch * height * width * 2)
    for image in 0..<batch {
        for row in 0..<height {
            for column in 0..<width {
                let point = ((image * height + row) * width + column) * 2
                let (u, v, w) = project(image, xs[column], ys[row])
                scalars[point] = u / w
                scalars[point + 1] = v / w
            }
        }
    }
    return Tensor.recordingOperation(
        shape: [batch, height, width, 2], scalars: scalars, inputs: [homography]
    ) { gradient, _ in
        var result = [Float](repeating: 0, count: batch * 9)
        for image in 0..<batch {
            for row in 0..<height {
                for column in 0..<width {
                    let point = ((image * height + row) * width + column) * 2
                    let (x, y) = (xs[column], ys[row])
                    let (u, v, w) = project(image, x, y)
                    let (gx, gy) = (gradient.scalars[point], gradient.scalars[point + 1])
                    let a = gx / w, b = gy / w, c = -(gx * u + gy * v) / (w * w)
                    let m = image * 9
                    for (offset, factor) in [(0, a), (3, b), (6, c)] {
                        result[m + offset] += factor * x
                        result[m + offset + 1] += factor * y
                        result[m + offset + 2] += factor
                    }
                }
            }
        }
        return [Tensor(shape: [batch, 3, 3], scalars: result)]
    }
}
