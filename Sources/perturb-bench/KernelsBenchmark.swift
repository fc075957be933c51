import ArgumentParser
import Foundation
import Tensors

/// `perturb-bench kernels`: sgemm peak and convolution throughput, in one run.
struct KernelsBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kernels",
        abstract: "sgemm GFLOP/s (256/512/1024) and conv2d forward / forward+backward GFLOP/s.",
        discussion: """
            Variants are interleaved round by round and each figure is the median over \
            rounds, so drift of a shared machine hits every variant alike. Build with \
            -c release. FLOPs count 2 per multiply-add: forward 2·MACs, fwd+bwd(all) \
            6·MACs (input, weight and bias gradients, as training runs), fwd+bwd(input) \
            4·MACs (input gradient only, as attacks run). The conv target is \
            fwd+bwd(all) at batch 32 reaching 70% of the same run's best sgemm figure \
            (256/512/1024). On an AVX-512 CPU each GEMM convolution runs twice, with \
            Perturb's packed AVX-512 products (the default there) and with the system \
            BLAS's, labelled [packed-avx512] and [system-blas].
            """)

    @Option(help: "Rounds per variant (medians are taken over rounds).")
    var repeats = 21

    @Option(help: "Run only the variants whose name contains this text (the sgemm peak sizes always run).")
    var filter: String?

    @Flag(help: "Print the results as JSON instead of a table.")
    var json = false

    func validate() throws {
        guard repeats >= 1 else { throw ValidationError("--repeats must be at least 1, got \(repeats)") }
    }

    func run() throws {
        var generator = RandomGenerator(seed: 1)
        var variants: [Variant] = []
        for size in [256, 512, 1024] {
            let a = Tensor.uniform([size * size], in: -1...1, using: &generator).scalars
            let b = Tensor.uniform([size * size], in: -1...1, using: &generator).scalars
            var c = [Float](repeating: 0, count: size * size)
            let calls = max(1, (1024 * 1024 * 1024) / (size * size * size) / 4)
            variants.append(Variant(
                name: "sgemm \(size)", flops: 2 * Double(size * size * size) * Double(calls)
            ) {
                for _ in 0..<calls { KernelProbe.multiply(m: size, n: size, k: size, a: a, b: b, into: &c) }
            })
        }
        // The GEMM shapes of the batch-32 convolution, as BLAS alone runs them.
        for (label, m, n, k, count) in [
            ("sgemm 64x32768x288 (b32 conv as 1 GEMM)", 64, 32768, 288, 1),
            ("sgemm 32 x 64x1024x288 (per image)", 64, 1024, 288, 32),
            ("sgemm 32 x 1024x64x288 (transposed)", 1024, 64, 288, 32),
        ] {
            let a = Tensor.uniform([m * k], in: -1...1, using: &generator).scalars
            let b = Tensor.uniform([k * n], in: -1...1, using: &generator).scalars
            var c = [Float](repeating: 0, count: m * n)
            variants.append(Variant(name: label, flops: 2 * Double(m * n * k * count)) {
                for _ in 0..<count { KernelProbe.multiply(m: m, n: n, k: k, a: a, b: b, into: &c) }
            })
            // The same per-image products by Perturb's packed micro-kernel, operands packed beforehand.
            if count > 1, m < n, let packed = KernelProbe.packedProducts(m: m, n: n, k: k, a: a, b: b, count: count) {
                variants.append(Variant(
                    name: "packed \(count) x \(m)x\(n)x\(k) (operands pre-packed)",
                    flops: 2 * Double(m * n * k * count), body: packed))
            }
        }
        let availableProducts = ConvolutionProducts.allCases.filter(\.isAvailable)
        // (name, batch, input channels, output channels, groups, input size, stride); 3x3, padding 1.
        let layers: [(String, Int, Int, Int, Int, Int, Int)] = [
            ("conv b32 32x32 32->64 3x3", 32, 32, 64, 1, 32, 1),
            ("conv b1 32x32 32->64 3x3", 1, 32, 64, 1, 32, 1),
            ("depthwise b32 32x32 64ch 3x3", 32, 64, 64, 64, 32, 1),
            // Small layers like the ResNets' (few channels, stride 2).
            ("conv b32 32x32 16->16 3x3", 32, 16, 16, 1, 32, 1),
            ("conv b32 32x32 16->32 3x3 s2", 32, 16, 32, 1, 32, 2),
        ]
        for (name, batch, channels, outputs, groups, size, strideLength) in layers {
            let stride = Size2D(strideLength)
            let x = Tensor.uniform([batch, channels, size, size], in: -1...1, using: &generator)
            let w = Tensor.uniform([outputs, channels / groups, 3, 3], in: -1...1, using: &generator)
            let bias = Tensor.uniform([outputs], in: -1...1, using: &generator)
            let outputSize = (size - 1) / strideLength + 1
            let macs = Double(batch * outputs * outputSize * outputSize * (channels / groups) * 9)
            let calls = max(1, Int(2e8 / macs))
            // The depthwise kernel is direct, so its products have no alternatives.
            let productChoices = groups == channels ? [ConvolutionProducts.preferred] : availableProducts
            for products in productChoices {
                let label = productChoices.count > 1 ? "\(name) [\(products.rawValue)]" : name
                let run = { (body: () -> Void) in ConvolutionProducts.using(products) { for _ in 0..<calls { body() } } }
                variants.append(Variant(name: "\(label) forward", flops: 2 * macs * Double(calls)) {
                    run { _ = conv2d(x, weight: w, bias: bias, stride: stride, padding: 1, groups: groups) }
                })
                variants.append(Variant(name: "\(label) fwd+bwd(all)", flops: 6 * macs * Double(calls)) {
                    run {
                        let (xt, wt, bt) = (x.trackingGradient(), w.trackingGradient(), bias.trackingGradient())
                        let y = conv2d(xt, weight: wt, bias: bt, stride: stride, padding: 1, groups: groups)
                        _ = gradients(of: y, withRespectTo: [xt, wt, bt])
                    }
                })
                variants.append(Variant(name: "\(label) fwd+bwd(input)", flops: 4 * macs * Double(calls)) {
                    run {
                        let xt = x.trackingGradient()
                        _ = gradients(
                            of: conv2d(xt, weight: w, bias: bias, stride: stride, padding: 1, groups: groups),
                            withRespectTo: [xt])
                    }
                })
            }
        }

        let peakNames = ["sgemm 256", "sgemm 512", "sgemm 1024"]
        if let filter { variants = variants.filter { peakNames.contains($0.name) || $0.name.contains(filter) } }
        for variant in variants { variant.body() }  // warm up: page in buffers, start BLAS threads
        var seconds = [[Double]](repeating: [], count: variants.count)
        for _ in 0..<repeats {
            for (index, variant) in variants.enumerated() {
                let start = DispatchTime.now().uptimeNanoseconds
                variant.body()
                seconds[index].append(Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9)
            }
        }
        let results = zip(variants, seconds).map { variant, times in
            let median = times.sorted()[times.count / 2]
            return Result(name: variant.name, medianMilliseconds: median * 1e3, gflops: variant.flops / median * 1e-9)
        }
        let peak = results.filter { peakNames.contains($0.name) }.map(\.gflops).max() ?? 1
        let report = Report(
            backend: BLASBackend.summary, cores: KernelProbe.coreCount, repeats: repeats, sgemmPeakGFLOPS: peak,
            results: results.map { var r = $0; r.fractionOfSgemmPeak = $0.gflops / peak; return r })
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            print("backend: \(report.backend); \(report.cores) cores; median of \(repeats) interleaved rounds")
            let nameWidth = (report.results.map(\.name.count).max() ?? 0) + 2
            print(pad("variant", nameWidth) + pad("median ms", 12, left: true) + pad("GFLOP/s", 10, left: true)
                + pad("% sgemm peak", 14, left: true))
            for result in report.results {
                print(pad(result.name, nameWidth) + pad(String(format: "%.3f", result.medianMilliseconds), 12, left: true)
                    + pad(String(format: "%.1f", result.gflops), 10, left: true)
                    + pad(String(format: "%.0f%%", 100 * (result.fractionOfSgemmPeak ?? 0)), 14, left: true))
            }
        }
    }

    private func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return left ? padding + text : text + padding
    }

    struct Variant {
        let name: String
        let flops: Double
        let body: () -> Void
    }

    struct Result: Codable {
        var name: String
        var medianMilliseconds: Double
        var gflops: Double
        var fractionOfSgemmPeak: Double?
    }

    struct Report: Codable {
        var backend: String
        var cores: Int
        var repeats: Int
        var sgemmPeakGFLOPS: Double
        var results: [Result]
    }
}
