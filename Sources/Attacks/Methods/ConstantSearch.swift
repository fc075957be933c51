/// The per-image binary search over C&W's constant c: after a success the
/// upper bound falls to c, after a failure the lower bound rises to c; the
/// next c is the midpoint, or ten times c while no upper bound is known.
struct ConstantSearch {
    private(set) var constants: [Float]
    private var lower: [Float]
    private var upper: [Float]

    init(count: Int, initial: Float) {
        constants = Array(repeating: initial, count: count)
        lower = Array(repeating: 0, count: count)
        upper = Array(repeating: .infinity, count: count)
    }

    mutating func update(succeeded: [Bool]) {
        for image in constants.indices {
            if succeeded[image] {
                upper[image] = Swift.min(upper[image], constants[image])
                constants[image] = (lower[image] + upper[image]) / 2
            } else {
                lower[image] = Swift.max(lower[image], constants[image])
                constants[image] = upper[image].isFinite ? (lower[image] + upper[image]) / 2 : constants[image] * 10
            }
        }
    }
}
