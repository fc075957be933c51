#!/usr/bin/env python3
"""Summarises `perturb attack --json` runs written by fashion-attack-table.sh.

Only images the model classified correctly before the attack count (the true
class is the image's folder name). Prints a Markdown table: success rate with
a Wilson 95% interval, success after 8-bit quantisation, mean L2 and L-inf in
0-255 units over successful images, and the seconds each run took.
"""
import glob
import json
import math
import os
import sys


def wilson(successes, total, z=1.96):
    if total == 0:
        return (0.0, 0.0)
    p = successes / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return (centre - half, centre + half)


def load(paths):
    records = []
    for path in paths:
        with open(path) as handle:
            records += json.load(handle)
    return [r for r in records if os.path.basename(os.path.dirname(r["file"])) == r["originalLabel"]]


def row(name, records, seconds, targeted=False):
    total = len(records)
    wins = [r for r in records if r["outcome"]["success"]]
    quantised = sum(r["outcome"]["quantisedSuccess"] for r in records)
    low, high = wilson(len(wins), total)
    mean = lambda key: sum(r["outcome"]["distances"][key] for r in wins) / max(len(wins), 1)
    return (f"| {name} | {total} | {100 * len(wins) / total:.1f}% ({100 * low:.1f}–{100 * high:.1f}) "
            f"| {100 * quantised / total:.1f}% | {mean('l2'):.1f} | {mean('lInfinity'):.1f} | {seconds} |")


def main(work):
    seconds = {}
    with open(os.path.join(work, "seconds.txt")) as handle:
        for line in handle:
            name, value = line.split()
            seconds[name] = int(value)
    print("| attack | images (originally correct) | success (Wilson 95%) | success after 8-bit rounding "
          "| mean L2 (0–255) | mean L∞ (0–255) | seconds |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, label in [("fgsm", "FGSM ε=0.1"), ("bim", "BIM ε=0.1 (Kurakin step and iterations)"),
                        ("pgd40", "PGD-40 ε=0.1 step 0.01, untargeted")]:
        print(row(label, load([os.path.join(work, name + ".json")]), seconds[name]))
    targeted = sorted(glob.glob(os.path.join(work, "pgd40-targeted-*.json")))
    targeted_seconds = sum(v for k, v in seconds.items() if k.startswith("pgd40-targeted-"))
    print(row("PGD-40 ε=0.1 step 0.01, targeted (true class + 1)", load(targeted), targeted_seconds))
    for name, label in [("mifgsm", "MI-FGSM ε=0.1 (μ=1, 10 steps)"), ("deepfool", "DeepFool (L2, overshoot 0.02)"),
                        ("cw-l2", "Carlini-Wagner L2 (κ=0, 9 binary-search steps × 100 Adam steps, lr 0.05)")]:
        print(row(label, load([os.path.join(work, name + ".json")]), seconds[name]))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/perturb-attack-table")
