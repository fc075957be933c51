import Tensors

/// DeepFool's step for each image: with `f_k = Z_k − Z_o` and
/// `w_k = ∇Z_k − ∇Z_o` for the original class o, the nearest linearised
/// boundary is `l = argmin_{k≠o} |f_k| / ‖w_k‖` and the step is
/// `(|f_l| + 10⁻⁴) / ‖w_l‖² · w_l` (the paper's code adds 10⁻⁴ to cross it).
enum LinearisedBoundary {
    /// The steps of all images, flattened like the batch; zero for inactive images.
    static func steps(logits: Tensor, jacobian: [[Float]], original: [Int], active: [Bool]) -> [Float] {
        let (count, classes) = (logits.shape[0], logits.shape[1])
        let size = jacobian[0].count / count
        var result = [Float](repeating: 0, count: jacobian[0].count)
        for image in 0..<count where active[image] {
            let o = original[image]
            let range = (image * size)..<((image + 1) * size)
            var nearest: (ratio: Float, gap: Float, normSquared: Float, k: Int)? = nil
            for k in 0..<classes where k != o {
                let gap = Swift.abs(logits.scalars[image * classes + k] - logits.scalars[image * classes + o])
                var normSquared: Float = 0
                for index in range {
                    let w = jacobian[k][index] - jacobian[o][index]
                    normSquared += w * w
                }
                let ratio = gap / (normSquared.squareRoot() + 1e-12)
                if nearest == nil || ratio < nearest!.ratio { nearest = (ratio, gap, normSquared, k) }
            }
            guard let nearest, nearest.normSquared > 0 else { continue }
            let scale = (nearest.gap + 1e-4) / nearest.normSquared
            for index in range { result[index] = scale * (jacobian[nearest.k][index] - jacobian[o][index]) }
        }
        return result
    }
}
