/// Bilinear sampling of N,C,H,W images at N,Hₒ,Wₒ,2 normalised grid points,
/// with the semantics of PyTorch's `grid_sample(mode="bilinear")`.
enum GridSampleKernels {
    struct Geometry {
        var batch: Int, channels: Int, height: Int, width: Int
        var outputHeight: Int, outputWidth: Int
        var alignCorners: Bool
        var border: Bool
        var inputPlane: Int { height * width }
        var outputPlane: Int { outputHeight * outputWidth }
    }

    /// Maps a normalised coordinate to pixel units; returns the pixel
    /// coordinate and d(pixel)/d(normalised), including border clipping.
    @inline(__always)
    static func pixel(_ normalised: Float, size: Int, _ g: Geometry) -> (Float, Float) {
        var coordinate: Float, derivative: Float
        if g.alignCorners {
            coordinate = (normalised + 1) / 2 * Float(size - 1)
            derivative = Float(size - 1) / 2
        } else {
            coordinate = ((normalised + 1) * Float(size) - 1) / 2
            derivative = Float(size) / 2
        }
        if g.border {
            if coordinate < 0 {
                coordinate = 0
                derivative = 0
            } else if coordinate > Float(size - 1) {
                coordinate = Float(size - 1)
                derivative = 0
            }
        }
        return (coordinate, derivative)
    }

    /// The four corners of a sample: indices into the plane (−1 when outside)
    /// and bilinear weights, plus the fractional parts.
    struct Corners {
        var index: (Int, Int, Int, Int)  // (y0,x0) (y0,x1) (y1,x0) (y1,x1)
        var weight: (Float, Float, Float, Float)
        var fractionX: Float, fractionY: Float
        var dX: Float, dY: Float  // d(pixel)/d(normalised)
    }

    @inline(__always)
    static func corners(x: Float, y: Float, _ g: Geometry) -> Corners {
        let (px, dX) = pixel(x, size: g.width, g)
        let (py, dY) = pixel(y, size: g.height, g)
        guard px.isFinite && py.isFinite && abs(px) < 1e8 && abs(py) < 1e8 else {
            return Corners(index: (-1, -1, -1, -1), weight: (0, 0, 0, 0), fractionX: 0, fractionY: 0, dX: 0, dY: 0)
        }
        let x0 = Int(px.rounded(.down)), y0 = Int(py.rounded(.down))
        let fx = px - Float(x0), fy = py - Float(y0)
        @inline(__always) func at(_ yy: Int, _ xx: Int) -> Int {
            yy >= 0 && yy < g.height && xx >= 0 && xx < g.width ? yy * g.width + xx : -1
        }
        return Corners(
            index: (at(y0, x0), at(y0, x0 + 1), at(y0 + 1, x0), at(y0 + 1, x0 + 1)),
            weight: ((1 - fx) * (1 - fy), fx * (1 - fy), (1 - fx) * fy, fx * fy),
            fractionX: fx, fractionY: fy, dX: dX, dY: dY)
    }

    @inline(__always)
    static func value(_ plane: UnsafePointer<Float>, _ index: Int) -> Float {
        index >= 0 ? plane[index] : 0
    }

    static func forward(
        _ input: UnsafePointer<Float>, grid: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>, geometry g: Geometry
    ) {
        Workers.forEach(units: g.batch * g.outputHeight) { rows in
            for row in rows {
                let image = row / g.outputHeight, oh = row % g.outputHeight
                for ow in 0..<g.outputWidth {
                    let point = ((image * g.outputHeight + oh) * g.outputWidth + ow) * 2
                    let c = corners(x: grid[point], y: grid[point + 1], g)
                    for channel in 0..<g.channels {
                        let plane = input + (image * g.channels + channel) * g.inputPlane
                        output[(image * g.channels + channel) * g.outputPlane + oh * g.outputWidth + ow] =
                            c.weight.0 * value(plane, c.index.0) + c.weight.1 * value(plane, c.index.1)
                            + c.weight.2 * value(plane, c.index.2) + c.weight.3 * value(plane, c.index.3)
                    }
                }
            }
        }
    }

    /// Gradients with respect to the input (scattered; zeroed here) and/or the grid.
    ///
    /// Two passes so both spread over the cores even for one image: the input
    /// gradient by (image, channel) plane, each plane scattered by one worker;
    /// the grid gradient by (image, output row), each summing its channels.
    static func backward(
        _ input: UnsafePointer<Float>, grid: UnsafePointer<Float>, outputGradient: UnsafePointer<Float>,
        inputGradient: UnsafeMutablePointer<Float>?, gridGradient: UnsafeMutablePointer<Float>?, geometry g: Geometry
    ) {
        if let inputGradient {
            Workers.forEach(units: g.batch * g.channels) { planes in
                for planeIndex in planes {
                    let image = planeIndex / g.channels
                    let plane = inputGradient + planeIndex * g.inputPlane
                    plane.update(repeating: 0, count: g.inputPlane)
                    let gradients = outputGradient + planeIndex * g.outputPlane
                    for position in 0..<g.outputPlane {
                        let point = (image * g.outputPlane + position) * 2
                        let c = corners(x: grid[point], y: grid[point + 1], g)
                        let gradient = gradients[position]
                        if c.index.0 >= 0 { plane[c.index.0] += c.weight.0 * gradient }
                        if c.index.1 >= 0 { plane[c.index.1] += c.weight.1 * gradient }
                        if c.index.2 >= 0 { plane[c.index.2] += c.weight.2 * gradient }
                        if c.index.3 >= 0 { plane[c.index.3] += c.weight.3 * gradient }
                    }
                }
            }
        }
        if let gridGradient {
            Workers.forEach(units: g.batch * g.outputHeight) { rows in
                for row in rows {
                    let image = row / g.outputHeight
                    for position in (row % g.outputHeight * g.outputWidth)..<((row % g.outputHeight + 1) * g.outputWidth) {
                        let point = (image * g.outputPlane + position) * 2
                        let c = corners(x: grid[point], y: grid[point + 1], g)
                        var dx: Float = 0, dy: Float = 0
                        for channel in 0..<g.channels {
                            let planeOffset = image * g.channels + channel
                            let gradient = outputGradient[planeOffset * g.outputPlane + position]
                            let plane = input + planeOffset * g.inputPlane
                            let (v00, v01) = (value(plane, c.index.0), value(plane, c.index.1))
                            let (v10, v11) = (value(plane, c.index.2), value(plane, c.index.3))
                            dx += gradient * ((v01 - v00) * (1 - c.fractionY) + (v11 - v10) * c.fractionY)
                            dy += gradient * ((v10 - v00) * (1 - c.fractionX) + (v11 - v01) * c.fractionX)
                        }
                        gridGradient[point] = dx * c.dX
                        gridGradient[point + 1] = dy * c.dY
                    }
                }
            }
        }
    }
}
