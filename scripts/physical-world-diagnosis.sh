#!/bin/sh
# Why EOT-PGD at eps 16/255 leaves some signs unfooled under print-and-photograph
# (docs/RESULTS.md, "Physical world (issue 7)", after the PGD vs EOT-PGD table).
#  1. EOT-PGD (the table's settings) on the 100 signs of scripts/physical-world-table.sh,
#     judged digitally and under each group of the preset's steps alone (gamut,
#     colour and light, blur, geometry, noise + JPEG + 8 bits), the whole preset,
#     and the preset without the gamut or without JPEG: if one group were what
#     defeats the attack (or its gradient model), success would drop under it alone.
#  2. The images EOT-PGD fools in under 5% of the table's samples, attacked again
#     with a far larger budget (MI-FGSM, 200 steps of 1/255, 16 EOT samples) and
#     with the same budget at eps 24 and 32.
# Usage: scripts/physical-world-diagnosis.sh [TABLE_OUT] [OUT]
#   (defaults out/physical-world and out/physical-world-diagnosis; run the table script first)
# Needs a release build: swift build -c release --product perturb.
set -eu
table=${1:-out/physical-world}
out=${2:-out/physical-world-diagnosis}
perturb=${PERTURB:-.build/release/perturb}
model=Models/signs-cnn.onnx
mkdir -p "$out"

# 1. The preset's steps, as the distribution a recorded transform carries.
first=$(find "$table/signs" -name '*.png' | sort | head -1)
"$perturb" transform --preset print-and-photograph --samples 1 --seed 1 "$first" --out "$out/preset" > /dev/null
steps=$(jq -c '.distribution.steps' "$out/preset/parameters.json")
jq -n --argjson steps "$steps" --arg images "$table/signs/*/*.png" '
  def only($indices): [$indices[] as $i | $steps[$i]];
  def without($i): [range(0; $steps | length) | select(. != $i) | $steps[.]];
  {name: "physical-world-diagnosis", seed: 7, models: {cnn: "signs-cnn"},
   description: "EOT-PGD at eps 16/255 judged under each group of print-and-photograph steps alone",
   stages: ([
     {load: {as: "clean", images: $images, labelsFrom: "folder", model: "cnn"}},
     {attack: {input: "clean", as: "adversarial", model: "cnn", method: "pgd",
               parameters: {eps: 0.0627451, steps: 50, alpha: 0.0078431},
               eot: {samples: 10, preset: "print-and-photograph"}}}]
     + ([only([0]), only([1, 5, 6, 7, 8, 9, 10]), only([2, 11, 12]), only([3, 4]), only([13, 14, 15]),
         $steps, without(0), without(14)]
        | map({evaluate: {input: "adversarial", transforms: {steps: ., samples: 100}}}))
     + [{save: {images: ["adversarial"], report: true}}])}' > "$out/groups.json"
[ -s "$out/groups/results.json" ] || "$perturb" run "$out/groups.json" --out "$out/groups" --quiet
echo "| judged under | success |"
echo "|---|---|"
jq -r '"| digital | \(.evaluations[0].models[0].results.classification.success.rate * 1000 | round / 10)% |"' "$out/groups/results.json"
jq -r '[.evaluations[].models[0].results.transforms.adversarial.adversarial.rate] as $rates
  | ["gamut alone", "colour and light alone", "blur alone", "geometry alone", "noise, JPEG and 8 bits alone",
     "the whole preset", "the preset without the gamut", "the preset without JPEG"]
  | to_entries[] | "| \(.value) | \($rates[.key] * 1000 | round / 10)% |"' "$out/groups/results.json"

# 2. The hardest images of the table's EOT-PGD run, attacked again.
hard="$out/hard"
if [ ! -d "$hard" ]; then
    jq -r '.images[] | select(.adversarialUnderTransforms.adversarial.rate < 0.05) | .name' \
        "$table/eot-pgd-16-print-and-photograph.json" > "$out/hard.txt"
    while read -r file; do
        class=$(basename "$(dirname "$file")")
        mkdir -p "$hard/$class" && cp "$file" "$hard/$class/"
    done < "$out/hard.txt"
fi
echo
echo "$(wc -l < "$out/hard.txt") images fooled in under 5% of their samples by the table's EOT-PGD-16:"
echo "| attack | success, digital | success under print-and-photograph x100 |"
echo "|---|---|---|"
rerun() {
    name=$1; shift
    if [ ! -s "$out/$name-pp.json" ]; then
        "$perturb" attack --model "$model" --seed 7 --json --out "$out/$name" "$@" $(find "$hard" -name '*.png' | sort) > "$out/$name.json"
        "$perturb" evaluate --model "$model" --originals "$hard" --adversarial "$out/$name" --preset print-and-photograph \
            --samples 100 --seed 7 --json > "$out/$name-pp.json"
    fi
    jq -r '"| '"$name"' | \(.classification.success.rate * 1000 | round / 10)% | \(.transforms.adversarial.adversarial.rate * 1000 | round / 10)% |"' "$out/$name-pp.json"
}
rerun mifgsm-16-200-steps --method mifgsm --eps 0.0627451 --steps 200 --alpha 0.0039216 --eot-samples 16 --eot-preset print-and-photograph
rerun eot-pgd-24 --method pgd --eps 0.0941176 --steps 50 --alpha 0.0078431 --eot-samples 10 --eot-preset print-and-photograph
rerun eot-pgd-32 --method pgd --eps 0.1254902 --steps 50 --alpha 0.0078431 --eot-samples 10 --eot-preset print-and-photograph
