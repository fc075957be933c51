import Tensors

extension PrinterPalette {
    /// The colours of a photographed chart of printed swatches: the image
    /// (1,C,H,W in [0, 1]) is cut into `rows`×`columns` equal cells, read row
    /// by row, and each colour is the mean of its cell's central part (the
    /// middle `1 − 2·margin` of each side, so swatch borders and gaps do not
    /// count). Sharif et al. 2016 measure their palette this way.
    public static func measured(chart: Tensor, rows: Int, columns: Int, margin: Float = 0.2) throws -> [[Float]] {
        guard chart.rank == 4, chart.shape[0] == 1, chart.shape[2] >= rows, chart.shape[3] >= columns,
            rows >= 1, columns >= 1
        else {
            throw TransformError.invalidValue(
                path: "palette", expected: "a 1,C,H,W chart with at least one pixel per cell of a \(rows)×\(columns) grid",
                found: "shape \(chart.shape)", advice: "check the rows and columns of the swatch chart")
        }
        let (channels, height, width) = (chart.shape[1], chart.shape[2], chart.shape[3])
        func span(_ index: Int, of count: Int, in extent: Int) -> Range<Int> {
            let (start, end) = (Float(index) / Float(count) * Float(extent), Float(index + 1) / Float(count) * Float(extent))
            let inset = (end - start) * margin
            let low = Int((start + inset).rounded(.down)), high = Int((end - inset).rounded(.up))
            return low..<Swift.max(high, low + 1)
        }
        var colours: [[Float]] = []
        for row in 0..<rows {
            for column in 0..<columns {
                let (ys, xs) = (span(row, of: rows, in: height), span(column, of: columns, in: width))
                colours.append((0..<channels).map { channel in
                    var sum: Double = 0
                    for y in ys { for x in xs { sum += Double(chart.scalars[(channel * height + y) * width + x]) } }
                    return Float(sum / Double(ys.count * xs.count))
                })
            }
        }
        return colours
    }
}
