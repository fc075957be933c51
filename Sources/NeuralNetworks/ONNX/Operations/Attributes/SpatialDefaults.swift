/// Resolves the empty-means-default arrays of ``ConvAttributes`` and
/// ``PoolAttributes`` once the number of spatial axes is known.
public enum SpatialDefaults {
    /// `values`, or `spatialRank` ones when empty (strides, dilations).
    public static func ones(_ values: [Int], spatialRank: Int) -> [Int] {
        values.isEmpty ? [Int](repeating: 1, count: spatialRank) : values
    }

    /// `pads`, or `2 · spatialRank` zeros when empty.
    public static func pads(_ pads: [Int], spatialRank: Int) -> [Int] {
        pads.isEmpty ? [Int](repeating: 0, count: 2 * spatialRank) : pads
    }
}
