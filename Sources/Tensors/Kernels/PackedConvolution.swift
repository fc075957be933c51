import CKernels

/// The parts of the convolution kernels that use ``PackedGEMM``: im2col
/// written straight into B panels for the forward product; the input
/// gradient computed panel by panel, each panel of column gradients added
/// back into the input (col2im) while it is still in cache; and the weight
/// gradient over chunks of positions, with the columns transposed into B
/// panels. The packing itself is AVX-512 C (`PackConvolution.c`).
extension ConvolutionKernels {
    /// Whether a convolution started now uses the packed products: when
    /// ``ConvolutionProducts/current`` asks for them and the layer's
    /// horizontal stride is 1 or 2 (stride 2 packs the even elements of
    /// contiguous loads; AVX-512 gathers for any stride were 1.4x slower than
    /// BLAS's im2col, so larger strides go through BLAS).
    static func usesPackedProducts(_ g: ConvolutionGeometry) -> Bool {
        ConvolutionProducts.current == .packedAVX512 && g.strideWidth <= 2
    }

    /// Writes one group's column matrix for output positions `positions` as
    /// ``PackedGEMM``'s B panels (the last panel's unused columns zero).
    static func packColumns(
        _ groupInput: UnsafePointer<Float>, geometry g: ConvolutionGeometry, positions: Range<Int>,
        into panels: UnsafeMutablePointer<Float>
    ) {
        if g.columnsAreInput {
            PackedGEMM.packB(
                depth: g.patchSize, columns: positions.count, b: groupInput + positions.lowerBound,
                rowStride: g.outputPlane, into: panels)
            return
        }
        var shape = packedShape(g, channels: g.inputChannelsPerGroup)
        perturb_packed_gemm_pack_convolution(&shape, groupInput, positions.lowerBound, positions.count, panels)
    }

    /// The scratch values ``packedInputGradient`` needs for `rows` rows of
    /// transposed weight.
    static func packedInputGradientScratch(rows: Int, geometry g: ConvolutionGeometry) -> Int {
        let og = g.outputChannelsPerGroup, panel = PackedGEMM.tileColumns
        return PackedGEMM.packedACount(rows: rows, depth: og) + PackedGEMM.packedBCount(depth: og, columns: panel)
            + (g.columnsAreInput ? 0 : rows * panel)
    }

    /// One image's and group's input gradient for `channels` input channels:
    /// weightᵀ · outputGradient, one panel of positions at a time, written
    /// (1x1 stride 1) or added back through col2im into `target`, which must
    /// start zeroed. `transposedWeight` is the group's weight from its first
    /// channel's taps; `scratch` holds
    /// ``packedInputGradientScratch(rows:geometry:)`` values.
    static func packedInputGradient(
        transposedWeight: UnsafePointer<Float>, outputGradient: UnsafePointer<Float>, channels: Int,
        geometry g: ConvolutionGeometry, into target: UnsafeMutablePointer<Float>,
        scratch: UnsafeMutablePointer<Float>
    ) {
        let og = g.outputChannelsPerGroup, positions = g.outputPlane, panel = PackedGEMM.tileColumns
        let rows = channels * g.kernelArea
        let packedWeight = scratch
        let packedGradient = packedWeight + PackedGEMM.packedACount(rows: rows, depth: og)
        let columns = packedGradient + PackedGEMM.packedBCount(depth: og, columns: panel)
        PackedGEMM.packA(
            rows: rows, depth: og, a: transposedWeight, rowStride: 1, columnStride: g.patchSize, into: packedWeight)
        var shape = packedShape(g, channels: channels)
        for start in stride(from: 0, to: positions, by: panel) {
            let count = Swift.min(panel, positions - start)
            PackedGEMM.packB(
                depth: og, columns: count, b: outputGradient + start, rowStride: positions, into: packedGradient)
            if g.columnsAreInput {
                PackedGEMM.multiply(
                    rows: rows, columns: count, depth: og, packedA: packedWeight, packedB: packedGradient,
                    c: target + start, ldc: positions)
                continue
            }
            PackedGEMM.multiply(
                rows: rows, columns: count, depth: og, packedA: packedWeight, packedB: packedGradient,
                c: columns, ldc: panel)
            perturb_packed_gemm_add_convolution_panel(&shape, columns, start, count, target)
        }
    }

    /// The depth of one packed weight-gradient product: positions are taken
    /// this many at a time, so both packed operands stay in cache.
    private static let weightGradientDepth = Int(PERTURB_GEMM_DEPTH_BLOCK)

    /// The scratch values ``packedWeightGradient`` needs for tiles of `tile` positions.
    static func packedWeightGradientScratch(geometry g: ConvolutionGeometry, tile: Int) -> Int {
        let depth = Swift.min(tile, weightGradientDepth)
        return PackedGEMM.packedACount(rows: g.outputChannelsPerGroup, depth: depth)
            + PackedGEMM.packedBCount(depth: depth, columns: g.patchSize)
            + transposeStagingCount(geometry: g)
    }

    /// `accumulator` (channels × patch, one group) += outputGradient ·
    /// columnsᵀ over output positions `positions` of one image's group:
    /// `input` and `outputGradient` point at the group's planes. `scratch`
    /// holds ``packedWeightGradientScratch(geometry:tile:)`` values for a tile
    /// at least as long as `positions`.
    static func packedWeightGradient(
        input: UnsafePointer<Float>, outputGradient: UnsafePointer<Float>, positions: Range<Int>,
        geometry g: ConvolutionGeometry, into accumulator: UnsafeMutablePointer<Float>,
        scratch: UnsafeMutablePointer<Float>
    ) {
        let og = g.outputChannelsPerGroup, patch = g.patchSize
        let largestDepth = Swift.min(positions.count, weightGradientDepth)
        let packedGradient = scratch
        let packedColumns = packedGradient + PackedGEMM.packedACount(rows: og, depth: largestDepth)
        let staging = packedColumns + PackedGEMM.packedBCount(depth: largestDepth, columns: patch)
        var shape = packedShape(g, channels: g.inputChannelsPerGroup)
        for start in stride(from: positions.lowerBound, to: positions.upperBound, by: weightGradientDepth) {
            let depth = Swift.min(weightGradientDepth, positions.upperBound - start)
            PackedGEMM.packA(
                rows: og, depth: depth, a: outputGradient + start, rowStride: g.outputPlane, columnStride: 1,
                into: packedGradient)
            perturb_packed_gemm_pack_convolution_transposed(&shape, input, start, depth, staging, packedColumns)
            PackedGEMM.multiply(
                rows: og, columns: patch, depth: depth, packedA: packedGradient, packedB: packedColumns,
                c: accumulator, ldc: patch, accumulate: true)
        }
    }

    /// The staging panel the transposed packing of one group's columns needs.
    private static func transposeStagingCount(geometry g: ConvolutionGeometry) -> Int {
        PackedGEMM.packedBCount(depth: PackedGEMM.tileColumns, columns: g.patchSize)
    }

    /// The geometry of one group of `channels` input channels, for the C packing.
    private static func packedShape(_ g: ConvolutionGeometry, channels: Int) -> perturb_convolution_shape {
        precondition(g.strideWidth <= 2, "the packed convolution products need a horizontal stride of 1 or 2")
        return perturb_convolution_shape(
            channels: channels, input_height: g.inputHeight, input_width: g.inputWidth,
            kernel_height: g.kernelHeight, kernel_width: g.kernelWidth,
            stride_height: g.strideHeight, stride_width: g.strideWidth,
            dilation_height: g.dilationHeight, dilation_width: g.dilationWidth,
            pad_top: g.padTop, pad_left: g.padLeft, output_width: g.outputWidth)
    }
}
