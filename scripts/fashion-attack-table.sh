#!/usr/bin/env bash
# Measures the white-box attack table of docs/RESULTS.md: the shipped
# Fashion-MNIST CNN on the first 1000 test images, every method through
# `perturb attack --json`, summarised over the originally correct images by
# scripts/summarise-attacks.py. Needs dataset-fashion-mnist installed.
# Usage: scripts/fashion-attack-table.sh [WORKDIR [ROW...]]   (default /tmp/perturb-attack-table)
# With ROWs (fgsm bim pgd40 pgd40-targeted mifgsm deepfool cw-l2), only those
# rows are measured again in an existing WORKDIR of a full run, and the whole
# table is summarised again.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/perturb-attack-table}
rows=("${@:2}")
swift build -c release --product perturb >/dev/null
perturb=.build/release/perturb
model=Models/fashion-cnn.onnx
if [ ${#rows[@]} -eq 0 ]; then
    rm -rf "$work" && mkdir -p "$work"
    $perturb dataset fashion-mnist --split test --first 0 --count 1000 --out "$work/images" >/dev/null
fi

run() {  # NAME then perturb attack options
    local name=$1; shift
    local row=${name/-targeted-*/-targeted}
    if [ ${#rows[@]} -gt 0 ] && [[ " ${rows[*]} " != *" $row "* ]]; then return; fi
    local start=$SECONDS
    $perturb attack --model "$model" --seed 0 --json --out "$work/out-$name" "$@" > "$work/$name.json"
    echo "$name $((SECONDS - start))" >> "$work/seconds.txt"
}

run fgsm --method fgsm --eps 0.1 "$work"/images/*/*.png
run bim --method bim --eps 0.1 "$work"/images/*/*.png
run pgd40 --method pgd --eps 0.1 --alpha 0.01 --steps 40 "$work"/images/*/*.png
# Targeted: each class's images towards the next class (label + 1 mod 10).
classes=(t-shirt-top trouser pullover dress coat sandal shirt sneaker bag ankle-boot)
for index in "${!classes[@]}"; do
    target=${classes[$(( (index + 1) % 10 ))]}
    run "pgd40-targeted-${classes[$index]}" --method pgd --eps 0.1 --alpha 0.01 --steps 40 --target "$target" \
        "$work/images/${classes[$index]}"/*.png
done
run mifgsm --method mifgsm --eps 0.1 "$work"/images/*/*.png
run deepfool --method deepfool "$work"/images/*/*.png
run cw-l2 --method cw-l2 "$work"/images/*/*.png

python3 scripts/summarise-attacks.py "$work"
