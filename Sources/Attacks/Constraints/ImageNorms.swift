import Tensors

/// The Euclidean norm of each image of an N,C,H,W batch, as `[N, 1, 1, 1]`.
func imageNorms(_ x: Tensor) -> Tensor {
    sqrt((x * x).sum(alongAxes: [1, 2, 3], keepingDimensions: true))
}
