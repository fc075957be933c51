#!/bin/sh
# The adversarial patch table of docs/RESULTS.md: a stop → speed-limit-80
# patch trained on the sign CNN at 5%, 10% and 20% of the image area, without
# and with the printability terms (NPS + TV), measured on 100 held-out stop
# signs digitally and under 200 samples of print-and-photograph each, on the
# CNN and (transfer) on the sign ResNet. Training signs: seed 101; held-out
# signs: seed 202 (1000 pictures each, 100 stops). Outputs go to out/patch-table/.
#
#   sh scripts/patch-table.sh            # all six rows
#   STEPS=150 sh scripts/patch-table.sh  # fewer steps when compute is short
#   PRINTABILITY=nps-tv OUT=out/patch-table-nps sh scripts/patch-table.sh   # one half (run both halves at once)
set -eu
cd "$(dirname "$0")/.."
STEPS=${STEPS:-300}
BATCH=${BATCH:-16}
EOT_SAMPLES=${EOT_SAMPLES:-4}
EVAL_SAMPLES=${EVAL_SAMPLES:-200}
OUT=${OUT:-out/patch-table}
swift build -c release --product perturb >/dev/null
PERTURB=.build/release/perturb
[ -d $OUT/signs-train ] || $PERTURB dataset signs --count 1000 --seed 101 --out $OUT/signs-train >/dev/null
[ -d $OUT/signs-heldout ] || $PERTURB dataset signs --count 1000 --seed 202 --out $OUT/signs-heldout >/dev/null

for printability in ${PRINTABILITY:-none nps-tv}; do
    for size in 0.05 0.10 0.20; do
        name=size-$size-$printability
        extra=""
        [ $printability = nps-tv ] && extra="--nps 0.5 --nps-form minimum --tv 2.5"
        # shellcheck disable=SC2086
        $PERTURB patch --model Models/signs-cnn.onnx --target speed-limit-80 \
            --images "$OUT/signs-train/stop/*.png" --evaluate "$OUT/signs-heldout/stop/*.png" \
            --size $size --shape circle --region 0.35,0.35,0.65,0.65 \
            --steps $STEPS --batch-size $BATCH --optimizer adam --learning-rate 0.03 \
            --eot-preset print-and-photograph --eot-samples $EOT_SAMPLES $extra \
            --evaluate-preset print-and-photograph --evaluate-samples $EVAL_SAMPLES \
            --transfer Models/signs-resnet.onnx --seed 1 --out $OUT/$name 2>/dev/null >$OUT/$name.txt
        echo "## area $size, printability terms: $printability ($STEPS steps, batch $BATCH, EOT $EOT_SAMPLES)"
        cat $OUT/$name.txt
        grep '"trainingSeconds"' $OUT/$name/results.json
    done
done
