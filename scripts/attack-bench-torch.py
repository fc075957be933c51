#!/usr/bin/env python3
"""Times torchattacks next to `perturb-bench attacks`, interleaved, on the shipped models.

The peer of `perturb-bench attacks`: the same attacks with the same settings on
the same models (Models/*.onnx run as PyTorch modules by `OnnxModule` below,
checked against onnxruntime at load) and the same batch size, with seeded uniform images labelled by each model's own
predictions. Each round runs every torchattacks attack once, then
`perturb-bench attacks --repeats 1 --json` once, so both see the same machine
load; the medians over rounds and their ratio are printed as Markdown.

PyTorch runs one thread by default: on the shared 2-core VM its two OpenMP
threads wait for each other whenever another process holds a core, which made
it 10-50x slower in a check (--threads 2 to see it). Perturb uses both cores.

torchattacks' CW stops early when its cost rises at a tenth of its steps, so
its time is scaled to 100 steps from the number of model calls it made (the
mean number of steps it ran is printed).

Needs the CPU torch and onnxruntime installed here plus
    pip install --no-deps torchattacks==3.5.1
(add its folder to PYTHONPATH if installed with --target). Run from the
package root after `swift build -c release --product perturb-bench`:
    python3 scripts/attack-bench-torch.py --rounds 5
"""
import argparse
import glob
import json
import os
import statistics
import subprocess
import time

import numpy
import onnx
import onnx.numpy_helper
import onnxruntime
import torch
import torch.nn.functional as F
import torchattacks

ATTACKS = {  # name in perturb-bench -> torchattacks attack on a model
    "fgsm": lambda model: torchattacks.FGSM(model, eps=0.1),
    "pgd-10": lambda model: torchattacks.PGD(model, eps=0.1, alpha=0.01, steps=10, random_start=True),
    "cw-l2-100": lambda model: torchattacks.CW(model, c=1, kappa=0, steps=100, lr=0.01),
}


class OnnxModule(torch.nn.Module):
    """An ONNX graph of the operators the shipped models use, run node by node
    with torch.nn.functional (inference mode), counting its forward calls."""

    def __init__(self, graph):
        super().__init__()
        self.graph = graph.graph
        # Parameters (frozen), so that torchattacks finds the model's device.
        self.initializers = torch.nn.ParameterList(
            torch.nn.Parameter(torch.from_numpy(onnx.numpy_helper.to_array(t).copy()), requires_grad=False)
            for t in self.graph.initializer)
        self.calls = 0

    def forward(self, x):
        self.calls += 1
        values = {t.name: value for t, value in zip(self.graph.initializer, self.initializers)}
        values[self.graph.input[0].name] = x
        for node in self.graph.node:
            a = {attribute.name: onnx.helper.get_attribute_value(attribute) for attribute in node.attribute}
            inputs = [values[name] for name in node.input]
            op = node.op_type
            if op == "Conv":
                pads = a.get("pads", [0, 0, 0, 0])
                assert pads[:2] == pads[2:], f"{node.name}: asymmetric padding"
                out = F.conv2d(inputs[0], inputs[1], inputs[2] if len(inputs) > 2 else None,
                               stride=a.get("strides", 1), padding=pads[:2], dilation=a.get("dilations", 1),
                               groups=a.get("group", 1))
            elif op == "BatchNormalization":
                out = F.batch_norm(inputs[0], inputs[3], inputs[4], inputs[1], inputs[2],
                                   training=False, eps=a.get("epsilon", 1e-5))
            elif op == "Relu":
                out = F.relu(inputs[0])
            elif op == "MaxPool":
                assert not any(a.get("pads", [0])) and not a.get("ceil_mode", 0), f"{node.name}: unsupported"
                out = F.max_pool2d(inputs[0], a["kernel_shape"], a.get("strides", a["kernel_shape"]))
            elif op == "Add":
                out = inputs[0] + inputs[1]
            elif op == "GlobalAveragePool":
                out = inputs[0].mean(dim=(2, 3), keepdim=True)
            elif op == "Flatten":
                out = torch.flatten(inputs[0], a.get("axis", 1))
            elif op == "Gemm":
                assert a.get("alpha", 1) == 1 and a.get("beta", 1) == 1 and not a.get("transA", 0)
                weight = inputs[1] if a.get("transB", 0) else inputs[1].t()
                out = F.linear(inputs[0], weight, inputs[2] if len(inputs) > 2 else None)
            elif op == "Identity":
                out = inputs[0]
            else:
                raise ValueError(f"{node.name}: operator {op} is not supported by this script")
            values[node.output[0]] = out
        return values[self.graph.output[0].name]


def load(path, batch, generator):
    graph = onnx.load(path)
    spec = json.loads({p.key: p.value for p in graph.metadata_props}["input"])
    model = OnnxModule(graph).eval()
    images = torch.rand((batch, spec["channels"], spec["height"], spec["width"]), generator=generator)
    with torch.no_grad():
        logits = model(images)
    session = onnxruntime.InferenceSession(path, providers=["CPUExecutionProvider"])
    reference = session.run(None, {session.get_inputs()[0].name: images.numpy()})[0]
    difference = numpy.abs(logits.numpy() - reference).max()
    assert difference < 1e-3, f"{path}: torch and onnxruntime logits differ by {difference}"
    labels = logits.argmax(dim=1)
    return os.path.splitext(os.path.basename(path))[0], model, images, labels


def time_attack(name, model, images, labels):
    """Seconds (scaled to 100 steps for C&W) and the model calls made."""
    attack = ATTACKS[name](model)
    model.calls = 0
    start = time.perf_counter()
    attack(images, labels)
    seconds = time.perf_counter() - start
    if name == "cw-l2-100":
        seconds *= 100 / model.calls
    return seconds, model.calls


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--perturb-bench", default=".build/release/perturb-bench")
    parser.add_argument("--model", action="append", help="an ONNX model (repeatable); default: Models/*.onnx")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    generator = torch.Generator().manual_seed(1)
    paths = args.model or sorted(glob.glob("Models/*.onnx"))
    models = [load(path, args.batch, generator) for path in paths]
    for _, model, images, labels in models:  # warm-up, untimed
        time_attack("fgsm", model, images, labels)
    torch_seconds, perturb_seconds, calls = {}, {}, {}
    for _ in range(args.rounds):
        for name, model, images, labels in models:
            for attack in ATTACKS:
                seconds, count = time_attack(attack, model, images, labels)
                torch_seconds.setdefault((name, attack), []).append(seconds)
                calls.setdefault((name, attack), []).append(count)
        output = subprocess.run(
            [args.perturb_bench, "attacks", "--repeats", "1", "--batch", str(args.batch), "--json"]
            + [option for path in paths for option in ("--model", path)],
            check=True, capture_output=True, text=True).stdout
        for row in json.loads(output):
            perturb_seconds.setdefault((row["model"], row["attack"]), []).append(row["seconds"])
    print(f"batch {args.batch}, torch {torch.__version__} ({args.threads} threads), torchattacks "
          f"{torchattacks.__version__}; medians of {args.rounds} interleaved rounds")
    print("| model | attack | Perturb s | torchattacks s | torchattacks / Perturb |")
    print("|---|---|---:|---:|---:|")
    for key in torch_seconds:
        ours, theirs = statistics.median(perturb_seconds[key]), statistics.median(torch_seconds[key])
        note = f" (ran {statistics.mean(calls[key]):.0f} steps)" if key[1] == "cw-l2-100" else ""
        print(f"| {key[0]} | {key[1]} | {ours:.3f} | {theirs:.3f}{note} | {theirs / ours:.2f} |")


if __name__ == "__main__":
    main()
