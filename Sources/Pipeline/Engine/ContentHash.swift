import Foundation
import NeuralNetworks
import Tensors

/// SHA-256 keys of the things a stage's result depends on, so that a resumed
/// run recognises finished work by content, not by position.
enum ContentHash {
    /// The hash of a tensor's shape and exact values.
    static func of(_ tensor: Tensor) -> String {
        var bytes = tensor.shape.flatMap { withUnsafeBytes(of: UInt32($0).littleEndian, Array.init) }
        tensor.scalars.withUnsafeBytes { bytes += $0 }
        return SHA256.hexDigest(of: bytes)
    }

    /// The hash of several parts, in order.
    static func combining(_ parts: [String]) -> String {
        SHA256.hexDigest(of: Array(parts.joined(separator: "\u{1F}").utf8))
    }

    /// A seed drawn from a hash.
    static func seed(_ hash: String) -> UInt64 {
        UInt64(hash.prefix(16), radix: 16) ?? 0
    }
}
