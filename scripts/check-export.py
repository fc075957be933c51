#!/usr/bin/env python3
"""Checks that onnxruntime runs Perturb's ONNX export and gives Perturb's logits.

Runs the Swift suite ExportReferenceTests with PERTURB_EXPORT_FIXTURES set, so
it writes each exported model (NAME.onnx) with its input and Perturb's logits
(NAME.swift.json); runs each model in onnxruntime, prints the largest logit
difference, and on success copies the models and onnxruntime's logits
(NAME.reference.json) into Tests/NeuralNetworksTests/Fixtures, where the
Swift tests compare against them without Python.

Usage (from the repository root): python3 scripts/check-export.py
Needs: pip install onnxruntime numpy
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

import numpy as np
import onnxruntime

FIXTURES = os.path.join("Tests", "NeuralNetworksTests", "Fixtures")
TOLERANCE = 1e-4


def main():
    with tempfile.TemporaryDirectory() as folder:
        environment = dict(os.environ, PERTURB_EXPORT_FIXTURES=folder)
        subprocess.run(["swift", "test", "--filter", "ExportReferenceTests"], env=environment, check=True)
        worst = 0.0
        for file in sorted(os.listdir(folder)):
            if not file.endswith(".onnx"):
                continue
            name = file[: -len(".onnx")]
            with open(os.path.join(folder, name + ".swift.json")) as handle:
                swift = json.load(handle)
            session = onnxruntime.InferenceSession(os.path.join(folder, file), providers=["CPUExecutionProvider"])
            batch = np.array(swift["input"], dtype=np.float32).reshape(swift["shape"])
            (logits,) = session.run(["logits"], {"input": batch})
            difference = float(np.max(np.abs(logits.reshape(-1) - np.array(swift["logits"], dtype=np.float32))))
            worst = max(worst, difference)
            print(f"{name}: logits {list(logits.shape)}, max |onnxruntime - perturb| = {difference:.3g}")
            shutil.copy(os.path.join(folder, file), os.path.join(FIXTURES, file))
            reference = {"shape": swift["shape"], "logits": logits.reshape(-1).tolist()}
            with open(os.path.join(FIXTURES, name + ".reference.json"), "w") as handle:
                json.dump(reference, handle)
        if worst >= TOLERANCE:
            sys.exit(f"FAILED: a difference of {worst:.3g} exceeds {TOLERANCE}")
        print(f"OK: every difference is below {TOLERANCE}")


if __name__ == "__main__":
    main()
