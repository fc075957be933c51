/// The quantisation tables libjpeg uses at a given quality (1–100).
enum JPEGQuantisationTables {
    /// The luminance table of the JPEG standard (Annex K), row-major 8×8.
    static let baseLuminance: [Int] = [
        16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55,
        14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
        18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
        49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
    ]

    /// The chrominance table of the JPEG standard (Annex K), row-major 8×8.
    static let baseChrominance: [Int] = [
        17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99,
        24, 26, 56, 99, 99, 99, 99, 99, 47, 66, 99, 99, 99, 99, 99, 99,
    ] + Array(repeating: 99, count: 32)

    /// `base` scaled as libjpeg's `jpeg_set_quality` does (baseline: entries in 1…255).
    static func scaled(_ base: [Int], quality: Int) -> [Float] {
        let q = min(100, max(1, quality))
        let scale = q < 50 ? 5000 / q : 200 - 2 * q
        return base.map { Float(min(255, max(1, ($0 * scale + 50) / 100))) }
    }
}
