#!/bin/sh
# The issue-7 physical-world table (docs/RESULTS.md, "Physical world (issue 7)"):
# 100 fresh procedural signs, attacked on the shipped sign CNN with PGD and
# EOT-PGD at eps 16/255 (success digitally and under print-and-photograph
# samples; EOT-PGD also at 8, 24 and 32, PGD also at 32) and with FGSM, BIM and iterative least-likely at eps 8 and 16
# (Kurakin's destruction rate under the kurakin2016 preset).
# Usage: scripts/physical-world-table.sh [OUT]   (default out/physical-world)
# Needs a release build: swift build -c release --product perturb.
# Attack and evaluation outputs that exist already are kept, so a rerun only
# prints the tables (delete a file to measure it again).
set -eu
out=${1:-out/physical-world}
perturb=${PERTURB:-.build/release/perturb}
model=Models/signs-cnn.onnx
samples=${SAMPLES:-200}
eot_samples=${EOT_SAMPLES:-10}
pgd_steps=${PGD_STEPS:-50}
pgd_alpha=${PGD_ALPHA:-0.0078431}
seed=7

[ -d "$out/signs" ] || "$perturb" dataset signs --count 100 --size 64 --seed 31 --out "$out/signs"
images=$(find "$out/signs" -name '*.png' | sort)

# attack NAME ARGS...: all images, 25 per call (memory), into $out/NAME.
attack() {
    name=$1; shift
    [ -f "$out/$name/done" ] && return 0
    echo "$images" | xargs -n 25 "$perturb" attack --model "$model" --seed "$seed" --json --out "$out/$name" "$@" \
        > "$out/$name.json"
    touch "$out/$name/done"
}
attack pgd-16 --method pgd --eps 0.0627451 --steps "$pgd_steps" --alpha "$pgd_alpha"
attack pgd-32 --method pgd --eps 0.1254902 --steps "$pgd_steps" --alpha "$pgd_alpha"
attack eot-pgd-16 --method pgd --eps 0.0627451 --steps "$pgd_steps" --alpha "$pgd_alpha" --eot-samples "$eot_samples" --eot-preset print-and-photograph
# EOT-PGD at other budgets: where the shipped sign CNN gives way.
for eps in 8 24 32; do
    value=$(echo "$eps / 255" | bc -l)
    attack "eot-pgd-$eps" --method pgd --eps "$value" --steps "$pgd_steps" --alpha "$pgd_alpha" --eot-samples "$eot_samples" --eot-preset print-and-photograph
done
for eps in 8 16; do
    value=$(echo "$eps / 255" | bc -l)
    attack "fgsm-$eps" --method fgsm --eps "$value"
    attack "bim-$eps" --method bim --eps "$value"
    attack "least-likely-$eps" --method iterative-least-likely --eps "$value" --target least-likely
done

# evaluate NAME PRESET: the attacked images against the originals, every
# number into $out/NAME-PRESET.json and a report into $out/NAME-PRESET.html.
evaluate() {
    file="$out/$1-$2.json"
    [ -s "$file" ] && return 0
    "$perturb" evaluate --model "$model" --originals "$out/signs" --adversarial "$out/$1" \
        --preset "$2" --samples "$samples" --seed "$seed" --json --report "$out/$1-$2.html" > "$file.partial"
    mv "$file.partial" "$file"
}
for name in pgd-16 eot-pgd-16 eot-pgd-8 eot-pgd-24 eot-pgd-32 pgd-32; do evaluate "$name" print-and-photograph; done
for eps in 8 16; do
    for method in fgsm bim least-likely; do evaluate "$method-$eps" kurakin2016; done
done

# The tables, as Markdown rows.
rate='def pct: . * 1000 | round / 10 | tostring + "%";
      def ci: "\(.rate | pct) (\(.lower | pct)–\(.upper | pct)), \(.successes)/\(.trials)";'
echo "| attack | clean accuracy | success, digital | success under print-and-photograph x$samples (all samples) | kept under the transforms by the images fooled digitally (1 - destruction rate) | images adversarial in over half their samples | clean images misclassified under the same transforms |"
echo "|---|---|---|---|---|---|---|"
for name in pgd-16 eot-pgd-16 eot-pgd-8 eot-pgd-24 eot-pgd-32 pgd-32; do
    jq -r "$rate"' "| '"$name"' | \(.classification.cleanAccuracy | ci) | \(.classification.success | ci) | \(.transforms.adversarial.adversarial | ci) | \(1 - .transforms.destructionRate.rate.rate | pct) (\(.transforms.destructionRate.images) images) | \([.images[] | select(.adversarialUnderTransforms.adversarial.rate > 0.5)] | length)/\(.images | length) | \(1 - .transforms.clean.correct.rate | pct) |"' \
        "$out/$name-print-and-photograph.json"
done
echo
echo "| attack | eps | success, digital | destruction rate top-1 (images) | destruction rate top-5 (images) |"
echo "|---|---|---|---|---|"
for eps in 8 16; do
    for method in fgsm bim least-likely; do
        jq -r "$rate"' "| '"$method"' | '"$eps"' | \(.classification.success | ci) | \(.transforms.destructionRate.rate | ci) (\(.transforms.destructionRate.images)) | \(.transforms.top5DestructionRate.rate | ci) (\(.transforms.top5DestructionRate.images)) |"' \
            "$out/$method-$eps-kurakin2016.json"
    done
done
