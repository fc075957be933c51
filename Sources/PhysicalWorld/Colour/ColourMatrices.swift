#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Row-major 3×3 colour matrices (RGB in, RGB out) for saturation and hue.
enum ColourMatrices {
    /// Rec. 601 luma weights of red, green and blue.
    static let luma: [Double] = [0.299, 0.587, 0.114]

    /// RGB → YIQ (NTSC): luma and two chroma axes.
    static let yiq: [Double] = [0.299, 0.587, 0.114, 0.596, -0.274, -0.322, 0.211, -0.523, 0.312]

    /// s·I + (1 − s)·(luma in every channel): 0 is gray, 1 the identity.
    static func saturation(_ s: Float) -> [Float] {
        (0..<9).map { index in
            let (row, column) = (index / 3, index % 3)
            return Float((row == column ? Double(s) : 0) + (1 - Double(s)) * luma[column])
        }
    }

    /// A rotation of the chroma plane of YIQ by `degrees`, keeping luma.
    static func hueRotation(degrees: Float) -> [Float] {
        let angle = Double(degrees) * .pi / 180
        let rotation: [Double] = [1, 0, 0, 0, cos(angle), -sin(angle), 0, sin(angle), cos(angle)]
        return product(inverse(yiq), product(rotation, yiq)).map { Float($0) }
    }

    static func product(_ a: [Double], _ b: [Double]) -> [Double] {
        var result = [Double](repeating: 0, count: 9)
        for row in 0..<3 {
            for column in 0..<3 {
                for k in 0..<3 { result[row * 3 + column] += a[row * 3 + k] * b[k * 3 + column] }
            }
        }
        return result
    }

    static func inverse(_ m: [Double]) -> [Double] {
        let cofactors: [Double] = [
            m[4] * m[8] - m[5] * m[7], m[2] * m[7] - m[1] * m[8], m[1] * m[5] - m[2] * m[4],
            m[5] * m[6] - m[3] * m[8], m[0] * m[8] - m[2] * m[6], m[2] * m[3] - m[0] * m[5],
            m[3] * m[7] - m[4] * m[6], m[1] * m[6] - m[0] * m[7], m[0] * m[4] - m[1] * m[3],
        ]
        let determinant = m[0] * cofactors[0] + m[1] * cofactors[3] + m[2] * cofactors[6]
        return cofactors.map { $0 / determinant }
    }
}
