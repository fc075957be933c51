/// The three products of a 2-D convolution — forward, input gradient, weight
/// gradient — as im2col + GEMM, or through the direct depthwise kernel when
/// each output channel reads one input channel. The GEMMs are Perturb's packed
/// AVX-512 products (``PackedGEMM``, see `PackedConvolution.swift`) when
/// ``usesPackedProducts(_:)`` says so, else ``matrixMultiply`` (the system BLAS).
///
/// Work is split into units of (image, position range) or (image, group,
/// channel range), claimed chunk by chunk by the cores through ``Workers``
/// with single-threaded GEMMs, so im2col runs in parallel too and its columns
/// stay in cache for the GEMM.
/// One image's columns are at most `columnBudget` values; larger images are
/// processed in position tiles.
enum ConvolutionKernels {
    /// The largest column matrix one worker builds at a time (values).
    static let columnBudget = 1 << 20

    /// How many position tiles each image is split into: enough for every core
    /// to have a unit and for each tile's columns to fit the budget.
    static func positionSplits(_ g: ConvolutionGeometry) -> Int {
        let forCores = ceilDivide(ProcessorCount.value, Swift.max(g.batch, 1))
        let forMemory = ceilDivide(g.patchSize * g.outputPlane, columnBudget)
        return Swift.max(1, Swift.min(g.outputPlane, Swift.max(forCores, forMemory)))
    }

    /// For one unit of work (an image and a tile of its output positions),
    /// calls `body` once per group with that tile's column matrix. Laid out
    /// in `rows`, it is the input itself when the convolution is 1x1 with
    /// stride 1 (leading dimension the image's positions), else the group's
    /// im2col expanded into `scratch` (leading dimension the tile's length).
    /// Laid out in `panels`, it is written into `scratch` as the packed B
    /// operand of ``PackedGEMM`` (its leading dimension is then unused).
    /// Empty tiles are skipped.
    private static func forEachGroupColumns(
        unit: Int, splits: Int, input: UnsafePointer<Float>, geometry g: ConvolutionGeometry,
        layout: ColumnLayout, scratch: UnsafeMutablePointer<Float>,
        _ body: (_ image: Int, _ group: Int, _ range: Range<Int>, _ columns: UnsafePointer<Float>, _ ldb: Int) -> Void
    ) {
        let (image, range) = imageAndPositions(unit: unit, splits: splits, geometry: g)
        guard !range.isEmpty else { return }
        let positions = g.outputPlane
        for group in 0..<g.groups {
            let groupInput = input + (image * g.inputChannels + group * g.inputChannelsPerGroup) * g.inputPlane
            switch layout {
            case .rows where g.columnsAreInput:
                body(image, group, range, groupInput + range.lowerBound, positions)
            case .rows:
                Im2Col.expand(
                    groupInput, channels: g.inputChannelsPerGroup, geometry: g, positions: range,
                    into: scratch, rowStride: range.count)
                body(image, group, range, UnsafePointer(scratch), range.count)
            case .panels:
                packColumns(groupInput, geometry: g, positions: range, into: scratch)
                body(image, group, range, UnsafePointer(scratch), 0)
            }
        }
    }

    /// The image and the tile of its output positions that a unit of work covers.
    private static func imageAndPositions(
        unit: Int, splits: Int, geometry g: ConvolutionGeometry
    ) -> (image: Int, positions: Range<Int>) {
        let image = unit / splits, part = unit % splits, positions = g.outputPlane
        return (image, (positions * part / splits)..<(positions * (part + 1) / splits))
    }

    /// How ``forEachGroupColumns`` lays out the column matrix.
    private enum ColumnLayout {
        /// One row per patch entry, for ``matrixMultiply``.
        case rows
        /// ``PackedGEMM``'s B panels.
        case panels
    }

    /// output[n, o] = Σ weight[o] ⋆ input[n] (+ bias[o]).
    static func forward(
        input: UnsafePointer<Float>, weight: UnsafePointer<Float>, bias: UnsafePointer<Float>?,
        output: UnsafeMutablePointer<Float>, geometry g: ConvolutionGeometry
    ) {
        if g.isDepthwise {
            DepthwiseKernels.forward(input: input, weight: weight, bias: bias, output: output, geometry: g)
            return
        }
        let positions = g.outputPlane
        let splits = positionSplits(g)
        let og = g.outputChannelsPerGroup, patch = g.patchSize
        let tile = ceilDivide(positions, splits)
        let packed = usesPackedProducts(g)
        let packedWeightCount = packed ? PackedGEMM.packedACount(rows: og, depth: patch) : 0
        let columnCount =
            packed ? PackedGEMM.packedBCount(depth: patch, columns: tile) : g.columnsAreInput ? 0 : patch * tile
        withScratch(packedWeightCount * g.groups) { packedWeights in
            for group in 0..<(packed ? g.groups : 0) {
                PackedGEMM.packA(
                    rows: og, depth: patch, a: weight + group * og * patch, rowStride: patch, columnStride: 1,
                    into: packedWeights + group * packedWeightCount)
            }
            Workers.run(units: g.batch * splits) { claim in
                withScratch(columnCount) { columns in
                    while let (_, units) = claim() {
                        for unit in units {
                            forEachGroupColumns(
                                unit: unit, splits: splits, input: input, geometry: g,
                                layout: packed ? .panels : .rows, scratch: columns
                            ) { image, group, range, b, ldb in
                                let target =
                                    output + (image * g.outputChannels + group * og) * positions + range.lowerBound
                                if packed {
                                    PackedGEMM.multiply(
                                        rows: og, columns: range.count, depth: patch,
                                        packedA: packedWeights + group * packedWeightCount, packedB: b,
                                        c: target, ldc: positions)
                                } else {
                                    matrixMultiply(
                                        transposeA: false, transposeB: false, m: og, n: range.count, k: patch,
                                        a: weight + group * og * patch, lda: patch, b: b, ldb: ldb,
                                        beta: 0, c: target, ldc: positions)
                                }
                                if let bias {
                                    for o in 0..<og {
                                        let value = bias[group * og + o]
                                        let row = target + o * positions
                                        for p in 0..<range.count { row[p] += value }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// inputGradient = Σ weightᵀ ⋆ outputGradient (the adjoint of `forward` in
    /// its input); overwrites `inputGradient`.
    static func inputGradient(
        outputGradient: UnsafePointer<Float>, weight: UnsafePointer<Float>,
        inputGradient: UnsafeMutablePointer<Float>, geometry g: ConvolutionGeometry
    ) {
        inputGradient.update(repeating: 0, count: g.batch * g.inputChannels * g.inputPlane)
        if g.isDepthwise {
            DepthwiseKernels.inputGradient(
                outputGradient: outputGradient, weight: weight, inputGradient: inputGradient, geometry: g)
            return
        }
        let positions = g.outputPlane
        let cg = g.inputChannelsPerGroup, og = g.outputChannelsPerGroup, patch = g.patchSize
        let area = g.kernelArea
        // Units: (image, group, channel range); channel ranges write disjoint planes.
        let perImage = g.batch * g.groups
        let channelSplits = Swift.max(1, Swift.min(cg, Swift.max(
            ceilDivide(ProcessorCount.value, perImage), ceilDivide(patch * positions, columnBudget))))
        let rowsPerSplit = ceilDivide(cg, channelSplits)
        let packed = usesPackedProducts(g)
        let scratchCount = packed
            ? packedInputGradientScratch(rows: rowsPerSplit * area, geometry: g)
            : g.columnsAreInput ? 0 : rowsPerSplit * area * positions
        Workers.run(units: perImage * channelSplits) { claim in
            withScratch(scratchCount) { scratch in
                while let (_, units) = claim() {
                    for unit in units {
                        let split = unit % channelSplits, imageGroup = unit / channelSplits
                        let image = imageGroup / g.groups, group = imageGroup % g.groups
                        let channels = (cg * split / channelSplits)..<(cg * (split + 1) / channelSplits)
                        guard !channels.isEmpty else { continue }
                        let gradientGroup = outputGradient + (image * g.outputChannels + group * og) * positions
                        let target = inputGradient
                            + (image * g.inputChannels + group * cg + channels.lowerBound) * g.inputPlane
                        let a = weight + group * og * patch + channels.lowerBound * area
                        if packed {
                            packedInputGradient(
                                transposedWeight: a, outputGradient: gradientGroup, channels: channels.count,
                                geometry: g, into: target, scratch: scratch)
                            continue
                        }
                        let rows = channels.count * area
                        matrixMultiply(
                            transposeA: true, transposeB: false, m: rows, n: positions, k: og,
                            a: a, lda: patch, b: gradientGroup, ldb: positions,
                            beta: 0, c: g.columnsAreInput ? target : scratch, ldc: positions)
                        if !g.columnsAreInput {
                            Im2Col.accumulate(
                                scratch, rowStride: positions, channels: channels.count, geometry: g,
                                positions: 0..<positions, into: target)
                        }
                    }
                }
            }
        }
    }

    /// weightGradient = Σₙ outputGradient[n] · columns(input[n])ᵀ; overwrites
    /// `weightGradient`.
    ///
    /// Through BLAS, each group's product is computed transposed, as columns ·
    /// outputGradientᵀ (patch × channels): OpenBLAS runs that shape faster
    /// than the (channels × patch) one (1.2–2.5× with its AVX-512 kernels,
    /// 1.4× with AVX2, in `scripts/gemm-shapes-probe.py`), and only the small
    /// accumulated result needs transposing back, once, when the chunks are
    /// summed. The packed products accumulate channels × patch directly.
    static func weightGradient(
        input: UnsafePointer<Float>, outputGradient: UnsafePointer<Float>,
        weightGradient: UnsafeMutablePointer<Float>, geometry g: ConvolutionGeometry
    ) {
        if g.isDepthwise {
            DepthwiseKernels.weightGradient(
                input: input, outputGradient: outputGradient, weightGradient: weightGradient, geometry: g)
            return
        }
        let positions = g.outputPlane
        let splits = positionSplits(g)
        let og = g.outputChannelsPerGroup, patch = g.patchSize
        let tile = ceilDivide(positions, splits)
        let units = g.batch * splits
        let chunks = Workers.defaultChunks(forUnits: units)
        let count = g.weightCount
        // One accumulator per chunk of units, summed over chunks in order, so
        // the result does not depend on which worker ran which chunk.
        let packed = usesPackedProducts(g)
        let scratchCount =
            packed ? packedWeightGradientScratch(geometry: g, tile: tile) : g.columnsAreInput ? 0 : patch * tile
        withScratch(count * chunks, zeroed: true) { partials in
            Workers.run(units: units, chunks: chunks) { claim in
                withScratch(scratchCount) { scratch in
                    while let (chunk, units) = claim() {
                        let accumulator = partials + chunk * count
                        for unit in units {
                            guard !packed else {
                                let (image, range) = imageAndPositions(unit: unit, splits: splits, geometry: g)
                                for group in 0..<g.groups {
                                    let inputPlanes = image * g.inputChannels + group * g.inputChannelsPerGroup
                                    let outputPlanes = image * g.outputChannels + group * og
                                    packedWeightGradient(
                                        input: input + inputPlanes * g.inputPlane,
                                        outputGradient: outputGradient + outputPlanes * positions,
                                        positions: range, geometry: g, into: accumulator + group * og * patch,
                                        scratch: scratch)
                                }
                                continue
                            }
                            forEachGroupColumns(
                                unit: unit, splits: splits, input: input, geometry: g, layout: .rows,
                                scratch: scratch
                            ) { image, group, range, b, ldb in
                                let gradientGroup = outputGradient
                                    + (image * g.outputChannels + group * og) * positions + range.lowerBound
                                matrixMultiply(
                                    transposeA: false, transposeB: true, m: patch, n: og, k: range.count,
                                    a: b, lda: ldb, b: gradientGroup, ldb: positions,
                                    beta: 1, c: accumulator + group * og * patch, ldc: og)
                            }
                        }
                    }
                }
            }
            // Sum the chunks in order into the first. The packed products
            // accumulate channels × patch; BLAS's patch × channels blocks are
            // transposed back.
            for chunk in 1..<Swift.max(chunks, 1) {
                let partial = partials + chunk * count
                for index in 0..<count { partials[index] += partial[index] }
            }
            if packed {
                weightGradient.update(from: partials, count: count)
                return
            }
            for group in 0..<g.groups {
                let block = partials + group * og * patch, target = weightGradient + group * og * patch
                for p in 0..<patch {
                    for o in 0..<og { target[o * patch + p] = block[p * og + o] }
                }
            }
        }
    }

    /// biasGradient[o] = Σ over images and positions of outputGradient[n, o].
    static func biasGradient(
        outputGradient: UnsafePointer<Float>, batch: Int, channels: Int, plane: Int,
        biasGradient: UnsafeMutablePointer<Float>
    ) {
        Workers.forEach(units: channels) { range in
            for channel in range {
                var total: Float = 0
                for image in 0..<batch {
                    total += rowSum(outputGradient + (image * channels + channel) * plane, count: plane)
                }
                biasGradient[channel] = total
            }
        }
    }
}

/// The sum of `count` values, eight lanes at a time.
@inline(__always)
func rowSum(_ values: UnsafePointer<Float>, count: Int) -> Float {
    var lanes = SIMD8<Float>()
    var index = 0
    while index + 8 <= count {
        lanes += UnsafeRawPointer(values + index).loadUnaligned(as: SIMD8<Float>.self)
        index += 8
    }
    var total = lanes.sum()
    while index < count {
        total += values[index]
        index += 1
    }
    return total
}
