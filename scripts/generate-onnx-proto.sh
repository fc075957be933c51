#!/usr/bin/env bash
# Regenerates Sources/NeuralNetworks/ONNX/Protobuf/onnx.pb.swift from
# Protos/onnx.proto. Builds never need this: the generated file is committed.
#
# Needs protoc (Debian: protobuf-compiler) and protoc-gen-swift of the same
# swift-protobuf version as Package.swift. Without PROTOC_GEN_SWIFT set, the
# plugin is built from the swift-protobuf checkout SwiftPM resolved for this
# package (run `swift package resolve` first).
set -euo pipefail
cd "$(dirname "$0")/.."

plugin=${PROTOC_GEN_SWIFT:-}
if [ -z "$plugin" ]; then
    checkout=.build/checkouts/swift-protobuf
    if [ ! -d "$checkout" ]; then
        echo "error: $checkout not found; run 'swift package resolve' or set PROTOC_GEN_SWIFT" >&2
        exit 1
    fi
    swift build --package-path "$checkout" -c release --product protoc-gen-swift
    plugin=$checkout/.build/release/protoc-gen-swift
fi

output=Sources/NeuralNetworks/ONNX/Protobuf
mkdir -p "$output"
protoc \
    --plugin=protoc-gen-swift="$plugin" \
    --proto_path=Protos \
    --swift_out="$output" \
    --swift_opt=Visibility=Internal \
    onnx.proto
echo "wrote $output/onnx.pb.swift"
