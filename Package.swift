// swift-tools-version: 6.0
import PackageDescription

/// Numeric targets are compiled with optimisation even in debug builds: Swift
/// numeric loops are hundreds of times slower at -Onone, which would make the
/// test suite and the debug CLI unusable. We are the root package, so per-target
/// unsafe flags are allowed.
let optimisedEvenInDebug: [SwiftSetting] = [.unsafeFlags(["-O"])]

let package = Package(
    name: "Perturb",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "perturb", targets: ["perturb"]),
        .executable(name: "perturb-bench", targets: ["perturb-bench"]),
        .library(name: "Tensors", targets: ["Tensors"]),
        .library(name: "PNG", targets: ["PNG"]),
        .library(name: "Datasets", targets: ["Datasets"]),
        .library(name: "NeuralNetworks", targets: ["NeuralNetworks"]),
        .library(name: "PhysicalWorld", targets: ["PhysicalWorld"]),
        .library(name: "Attacks", targets: ["Attacks"]),
        .library(name: "Evaluation", targets: ["Evaluation"]),
        .library(name: "StrictCoding", targets: ["StrictCoding"]),
        .library(name: "Pipeline", targets: ["Pipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-protobuf", from: "1.39.0"),
    ],
    targets: [
        /// Strict JSON decoding shared by every spec: unknown keys, JSON paths, nearest-name suggestions.
        .target(name: "StrictCoding"),
        /// Perturb's AVX-512 kernels in C, chosen at run time: the packed GEMM and its convolution packing, depthwise rows.
        .target(name: "CKernels", cSettings: [.unsafeFlags(["-O2"])]),
        .target(
            name: "Tensors",
            dependencies: ["CKernels"],
            swiftSettings: optimisedEvenInDebug,
            linkerSettings: [.linkedLibrary("dl")]
        ),
        .target(
            name: "CLibPNG",
            cSettings: [.unsafeFlags(["-O2"])],
            linkerSettings: [.linkedLibrary("png16"), .linkedLibrary("z")]
        ),
        .target(name: "PNG", dependencies: ["CLibPNG"], swiftSettings: optimisedEvenInDebug),
        /// libpng called directly from C, the baseline `perturb-bench png` compares against.
        .target(
            name: "LibPNGBaseline",
            cSettings: [.unsafeFlags(["-O2"])],
            linkerSettings: [.linkedLibrary("png16"), .linkedLibrary("z")]
        ),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        .target(
            name: "Datasets",
            dependencies: ["Tensors", "PNG", "CZlib"],
            swiftSettings: optimisedEvenInDebug
        ),
        .target(
            name: "NeuralNetworks",
            dependencies: [
                "Tensors",
                "Datasets",
                "StrictCoding",
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
            ],
            swiftSettings: optimisedEvenInDebug
        ),
        .systemLibrary(name: "CTurboJPEG", path: "Sources/CTurboJPEG"),
        .target(
            name: "PhysicalWorld",
            dependencies: ["Tensors", "CTurboJPEG", "StrictCoding"],
            swiftSettings: optimisedEvenInDebug
        ),
        .target(
            name: "Attacks",
            dependencies: ["Tensors", "NeuralNetworks", "PhysicalWorld", "StrictCoding"],
            swiftSettings: optimisedEvenInDebug
        ),
        .target(
            name: "Evaluation",
            dependencies: ["Tensors", "NeuralNetworks", "PhysicalWorld", "Attacks"],
            swiftSettings: optimisedEvenInDebug
        ),
        .target(
            name: "Pipeline",
            dependencies: [
                "StrictCoding", "Tensors", "PNG", "Datasets", "NeuralNetworks", "PhysicalWorld", "Attacks", "Evaluation",
            ]
        ),
        .executableTarget(
            name: "perturb",
            dependencies: [
                "Pipeline",
                "Tensors",
                "NeuralNetworks",
                "Datasets",
                "PNG",
                "PhysicalWorld",
                "Attacks",
                "Evaluation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "perturb-bench",
            dependencies: [
                "Tensors",
                "PNG",
                "NeuralNetworks",
                "Attacks",
                "LibPNGBaseline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: optimisedEvenInDebug
        ),
        .target(name: "TestSupport", dependencies: ["Tensors"], path: "Tests/TestSupport"),
        .testTarget(name: "TensorsTests", dependencies: ["Tensors", "TestSupport"]),
        .testTarget(name: "PNGTests", dependencies: ["PNG", "CLibPNG"]),
        .testTarget(name: "PerturbCLITests", dependencies: ["perturb", "PNG", "NeuralNetworks", "Evaluation"]),
        .testTarget(name: "DatasetsTests", dependencies: ["Datasets", "PNG", "CZlib"]),
        .testTarget(
            name: "NeuralNetworksTests",
            dependencies: [
                "NeuralNetworks",
                "Tensors",
                "Datasets",
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PhysicalWorldTests",
            dependencies: ["PhysicalWorld", "CTurboJPEG", "Datasets", "TestSupport", "StrictCoding"],
            swiftSettings: optimisedEvenInDebug
        ),
        .testTarget(
            name: "AttacksTests",
            dependencies: ["Attacks", "NeuralNetworks", "PhysicalWorld", "Tensors", "TestSupport", "StrictCoding"],
            swiftSettings: optimisedEvenInDebug
        ),
        .testTarget(
            name: "PipelineTests",
            dependencies: ["Pipeline", "StrictCoding", "NeuralNetworks", "PNG", "Datasets", "Tensors", "CZlib"]
        ),
        .testTarget(name: "StrictCodingTests", dependencies: ["StrictCoding"]),
        .testTarget(
            name: "EvaluationTests",
            dependencies: ["Evaluation", "Attacks", "NeuralNetworks", "PhysicalWorld", "Tensors"],
            swiftSettings: optimisedEvenInDebug
        ),
    ],
    swiftLanguageModes: [.v5]
)
