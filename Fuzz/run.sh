#!/usr/bin/env bash
# Runs the PNG decoder fuzzer for SECONDS (default 600), seeded with
# SampleImages/*.png and Fuzz/seeds/*.png; new inputs go to Fuzz/corpus/,
# crashes to Fuzz/crash-*. Usage: Fuzz/run.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p Fuzz/corpus
cp SampleImages/*.png Fuzz/seeds/*.png Fuzz/corpus/ 2>/dev/null || true
exec .build-fuzz/png-decoder-fuzzer Fuzz/corpus -max_total_time="${1:-600}" -max_len=65536 \
    -rss_limit_mb=1024 -timeout=10 -artifact_prefix=Fuzz/ -print_final_stats=1
