#!/usr/bin/env python3
"""Measures the shipped models' test accuracy in onnxruntime, independently of Perturb.

For each Models/*.onnx: reads its labels and input spec from metadata_props,
takes the test split the model's training spec names (pipelines/train-NAME.json):
Fashion-MNIST's t10k files from the Debian package (or the spec's path), or
the held-out signs that `perturb dataset signs` renders with the spec's test
seed, runs the model in onnxruntime and prints the accuracy, to compare with
the accuracy `perturb train` measured (Models/README.md).

Usage (from the repository root, after `swift build`):
    python3 scripts/evaluate-models.py [.build/debug/perturb]
Needs: pip install onnxruntime numpy
"""
import glob
import gzip
import json
import os
import struct
import subprocess
import sys
import tempfile
import zlib

import numpy as np
import onnxruntime

FASHION = "/usr/share/datasets/fashion-mnist"


def read_idx(path):
    with gzip.open(path, "rb") as handle:
        data = handle.read()
    dimensions = data[3]
    shape = struct.unpack(">" + "I" * dimensions, data[4 : 4 + 4 * dimensions])
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dimensions).reshape(shape)


def read_png(path):
    """Decodes an 8-bit, non-interlaced grey, RGB or RGBA PNG (what Perturb writes) to H x W x C."""
    with open(path, "rb") as handle:
        data = handle.read()
    position, chunks, header = 8, [], None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position : position + 8])
        body = data[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        position += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and interlace == 0, f"{path}: only 8-bit non-interlaced PNGs are read here"
    channels = {0: 1, 2: 3, 4: 2, 6: 4}[colour]
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    rows = np.zeros((height, stride), dtype=np.int32)
    for y in range(height):
        line = raw[y * (stride + 1) : (y + 1) * (stride + 1)]
        kind, row = line[0], np.frombuffer(line[1:], dtype=np.uint8).astype(np.int32)
        previous = rows[y - 1] if y > 0 else np.zeros(stride, dtype=np.int32)
        if kind == 0:
            rows[y] = row
        elif kind == 2:
            rows[y] = (row + previous) & 255
        else:
            out = np.zeros(stride, dtype=np.int32)
            for x in range(stride):
                left = out[x - channels] if x >= channels else 0
                up, corner = previous[x], (previous[x - channels] if x >= channels else 0)
                if kind == 1:
                    predictor = left
                elif kind == 3:
                    predictor = (left + up) // 2
                else:
                    p = left + up - corner
                    pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                    predictor = left if pa <= pb and pa <= pc else (up if pb <= pc else corner)
                out[x] = (row[x] + predictor) & 255
            rows[y] = out
    return rows.reshape(height, width, channels).astype(np.uint8)


def test_split(spec, labels, perturb, folder):
    data = spec["data"]
    if "fashion-mnist" in data:
        directory = data["fashion-mnist"].get("path", FASHION)
        images = read_idx(os.path.join(directory, "t10k-images-idx3-ubyte.gz"))[:, None, :, :]
        return images, read_idx(os.path.join(directory, "t10k-labels-idx1-ubyte.gz")).astype(np.int64)
    signs = data["signs"]
    out = os.path.join(folder, "signs")
    subprocess.run(
        [perturb, "dataset", "signs", "--count", str(signs["test"]["count"]), "--size", str(signs.get("size", 64)),
         "--seed", str(signs["test"]["seed"]), "--out", out], check=True, stdout=subprocess.DEVNULL)
    images, classes = [], []
    for label, name in enumerate(labels):
        for file in sorted(glob.glob(os.path.join(out, name, "*.png"))):
            images.append(read_png(file)[:, :, :3].transpose(2, 0, 1))
            classes.append(label)
    return np.stack(images), np.array(classes)


def main():
    perturb = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/perturb"
    with tempfile.TemporaryDirectory() as folder:
        for model in sorted(glob.glob("Models/*.onnx")):
            name = os.path.basename(model)[: -len(".onnx")]
            with open(f"pipelines/train-{name}.json") as handle:
                spec = json.load(handle)
            session = onnxruntime.InferenceSession(model, providers=["CPUExecutionProvider"])
            metadata = session.get_modelmeta().custom_metadata_map
            labels = json.loads(metadata["labels"])
            images, classes = test_split(spec, labels, perturb, folder)
            correct = 0
            for start in range(0, len(images), 500):
                batch = images[start : start + 500].astype(np.float32) / 255
                (logits,) = session.run(["logits"], {"input": batch})
                correct += int((logits.argmax(axis=1) == classes[start : start + 500]).sum())
            print(f"{name}: onnxruntime test accuracy {100 * correct / len(images):.2f}% on {len(images)} images")


if __name__ == "__main__":
    main()
