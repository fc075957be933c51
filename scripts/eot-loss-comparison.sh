#!/bin/sh
# EOT-PGD at eps 16/255 with cross-entropy against the margin loss (docs/RESULTS.md,
# "Physical world (issue 7)", "Which loss EOT-PGD follows"): every fourth of the
# 100 signs of scripts/physical-world-table.sh (25 images), the table's attack
# settings, judged digitally and under 200 print-and-photograph samples; then the
# images neither loss fools in any sample, attacked without EOT with a larger budget.
# Usage: scripts/eot-loss-comparison.sh [SIGNS] [OUT]
#   (defaults out/physical-world/signs and out/eot-loss; SIGNS is made if missing)
# Needs a release build: swift build -c release --product perturb.
set -eu
signs=${1:-out/physical-world/signs}
out=${2:-out/eot-loss}
perturb=${PERTURB:-.build/release/perturb}
model=Models/signs-cnn.onnx
[ -d "$signs" ] || "$perturb" dataset signs --count 100 --size 64 --seed 31 --out "$signs"
mkdir -p "$out/images"
find "$signs" -name '*.png' | sort | awk 'NR % 4 == 1' > "$out/images.txt"
while read -r file; do
    class=$(basename "$(dirname "$file")")
    mkdir -p "$out/images/$class" && cp "$file" "$out/images/$class/"
done < "$out/images.txt"
images=$(find "$out/images" -name '*.png' | sort)

echo "| loss | success, digital | success under print-and-photograph x200 | kept by the images fooled digitally | images fooled in no sample |"
echo "|---|---|---|---|---|"
for loss in cross-entropy margin; do
    if [ ! -s "$out/$loss-pp.json" ]; then
        # shellcheck disable=SC2086
        "$perturb" attack --model "$model" --seed 7 --json --out "$out/$loss" --method pgd --eps 0.0627451 \
            --steps 50 --alpha 0.0078431 --eot-samples 10 --eot-preset print-and-photograph --loss "$loss" \
            $images > "$out/$loss.json"
        "$perturb" evaluate --model "$model" --originals "$out/images" --adversarial "$out/$loss" \
            --preset print-and-photograph --samples 200 --seed 7 --json > "$out/$loss-pp.json"
    fi
    jq -r '"| '"$loss"' | \(.classification.success.rate * 100 | round)% | \(.transforms.adversarial.adversarial.rate * 1000 | round / 10)% | \((1 - .transforms.destructionRate.rate.rate) * 1000 | round / 10)% (\(.transforms.destructionRate.images) images) | \([.images[] | select(.adversarialUnderTransforms.adversarial.rate == 0)] | length) |"' \
        "$out/$loss-pp.json"
done

# The images neither loss fooled in any sample: can plain PGD fool them at all?
hard=$(jq -r '.images[] | select(.adversarialUnderTransforms.adversarial.rate == 0) | .name' "$out/cross-entropy-pp.json" "$out/margin-pp.json" | sort | uniq -d)
echo
echo "Fooled in no sample by either loss: $(echo "$hard" | wc -l) images; plain PGD on them:"
# shellcheck disable=SC2086
"$perturb" attack --model "$model" --seed 7 --out "$out/hard-pgd-16" --method pgd --eps 0.0627451 --steps 200 \
    --alpha 0.0039216 --restarts 2 $hard
# shellcheck disable=SC2086
"$perturb" attack --model "$model" --seed 7 --out "$out/hard-pgd-32" --method pgd --eps 0.1254902 --steps 100 \
    --alpha 0.0078431 $hard
