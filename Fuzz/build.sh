#!/usr/bin/env bash
# Builds the libFuzzer target for the PNG decoder into .build-fuzz/png-decoder-fuzzer:
# the CLibPNG shim (clang) and the PNG module's sources plus the harness
# (swiftc) as one module, with libFuzzer and AddressSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
out=.build-fuzz
mkdir -p "$out"
for source in Sources/CLibPNG/*.c; do
    clang -c -g -O1 -fsanitize=fuzzer-no-link,address -I Sources/CLibPNG/include "$source" \
        -o "$out/$(basename "$source" .c).o"
done
swiftc -g -O -sanitize=fuzzer,address -parse-as-library -module-name PNGFuzz -use-ld=lld \
    -I Sources/CLibPNG/include $(find Sources/PNG -name '*.swift') Fuzz/PNGDecoderFuzzer.swift \
    "$out"/*.o -lpng16 -lz -o "$out/png-decoder-fuzzer"
echo "built $out/png-decoder-fuzzer"
