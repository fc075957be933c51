#!/usr/bin/env python3
"""Builds the small ONNX models and reference outputs the NeuralNetworks tests use.

Writes into Tests/NeuralNetworksTests/Fixtures/ (run from anywhere):
  cnn-opset17.onnx     conv/relu/maxpool/flatten/linear, 3x16x16 input, labels and
                       input spec embedded in metadata_props
  cnn-opset11.onnx     the same network and weights at opset 11, no metadata
                       (the loader falls back to defaults with a warning)
  resnet-opset17.onnx  ResNet-style: conv + BatchNormalization (eval mode, kept
                       unfused), two residual blocks (one strided with a 1x1
                       projection), global average pool, x.view(batch, -1) (the
                       Shape/Gather/Unsqueeze/Concat/Reshape sub-graph), linear
  resnet-opset17.json  its sidecar metadata (labels, input spec, mean/std)
  ops-opset13.onnx     1x28x28 input through many other operators (LeakyRelu,
                       AveragePool, Pad, Clip, Erf-based GELU, Sigmoid, Tanh,
                       Transpose, Concat, Sub/Div, ReduceMean, LogSoftmax)
  NAME.reference.json  for each model: a fixed input batch (batch 2, so the
                       dynamic batch dimension is exercised), onnxruntime's
                       outputs, fixed objective weights W, and the gradient of
                       sum(outputs * W) with respect to the input from PyTorch
                       autograd.

Reference format (JSON): {"model": file name, "input": T, "output": T,
"objectiveWeights": T, "inputGradient": T} where T = {"shape": [ints],
"data": [floats, row-major]}. Floats are written with 9 significant digits,
which round-trips float32 exactly.

The references are for the bare ONNX graph: the mean/std in the metadata are
not applied to the reference input.

With --bench it writes instead, into Benchmarks/Models/, two larger 3x32x32
models for `perturb-bench models` (not used by tests):
  bench-cnn-opset17.onnx     conv 32/64/128 with max pooling, linear(8192→10)
  bench-resnet-opset17.onnx  stem 16, residual blocks 16→16, 16→32/2, 32→64/2,
                             global average pool, linear(64→10)

Needs torch (CPU), onnx and onnxruntime. Deterministic: fixed seeds, legacy
TorchScript exporter, no constant folding where it would fuse BatchNorm.
"""
import json
import pathlib
import sys

import numpy as np
import onnx
import onnxruntime
import torch
import torch.nn as nn
import torch.nn.functional as F

FIXTURES = pathlib.Path(__file__).resolve().parent.parent / "Tests" / "NeuralNetworksTests" / "Fixtures"
BENCH_MODELS = pathlib.Path(__file__).resolve().parent.parent / "Benchmarks" / "Models"
BATCH = 2


class SmallCNN(nn.Module):
    """conv(3→4) relu maxpool conv(4→8) relu maxpool flatten linear(128→5)."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 4, 3, padding=1)
        self.conv2 = nn.Conv2d(4, 8, 3, padding=1)
        self.fc = nn.Linear(8 * 4 * 4, 5)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        return self.fc(torch.flatten(x, 1))


class ResidualBlock(nn.Module):
    """conv-bn-relu-conv-bn plus a shortcut (1x1 conv + bn when strided), relu."""

    def __init__(self, channels_in, channels_out, stride):
        super().__init__()
        self.conv1 = nn.Conv2d(channels_in, channels_out, 3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(channels_out)
        self.conv2 = nn.Conv2d(channels_out, channels_out, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(channels_out)
        self.shortcut = nn.Identity()
        if stride != 1 or channels_in != channels_out:
            self.shortcut = nn.Sequential(
                nn.Conv2d(channels_in, channels_out, 1, stride=stride, bias=False),
                nn.BatchNorm2d(channels_out),
            )

    def forward(self, x):
        y = F.relu(self.bn1(self.conv1(x)))
        y = self.bn2(self.conv2(y))
        return F.relu(y + self.shortcut(x))


class SmallResNet(nn.Module):
    """stem conv-bn-relu, residual block 6→6, strided block 6→8, GAP, linear(8→4)."""

    def __init__(self):
        super().__init__()
        self.stem = nn.Conv2d(3, 6, 3, padding=1, bias=False)
        self.bn = nn.BatchNorm2d(6)
        self.block1 = ResidualBlock(6, 6, 1)
        self.block2 = ResidualBlock(6, 8, 2)
        self.fc = nn.Linear(8, 4)

    def forward(self, x):
        x = F.relu(self.bn(self.stem(x)))
        x = self.block2(self.block1(x))
        x = F.adaptive_avg_pool2d(x, 1)
        return self.fc(x.view(x.size(0), -1))


class BenchCNN(nn.Module):
    """Bench only, 3x32x32: conv(3→32) relu, conv(32→64) relu maxpool, conv(64→128) relu maxpool, linear(8192→10)."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 32, 3, padding=1)
        self.conv2 = nn.Conv2d(32, 64, 3, padding=1)
        self.conv3 = nn.Conv2d(64, 128, 3, padding=1)
        self.fc = nn.Linear(128 * 8 * 8, 10)

    def forward(self, x):
        x = F.relu(self.conv1(x))
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = F.max_pool2d(F.relu(self.conv3(x)), 2)
        return self.fc(torch.flatten(x, 1))


class BenchResNet(nn.Module):
    """Bench only, 3x32x32: stem 16, blocks 16→16, 16→32 (stride 2), 32→64 (stride 2), GAP, linear(64→10)."""

    def __init__(self):
        super().__init__()
        self.stem = nn.Conv2d(3, 16, 3, padding=1, bias=False)
        self.bn = nn.BatchNorm2d(16)
        self.blocks = nn.Sequential(ResidualBlock(16, 16, 1), ResidualBlock(16, 32, 2), ResidualBlock(32, 64, 2))
        self.fc = nn.Linear(64, 10)

    def forward(self, x):
        x = self.blocks(F.relu(self.bn(self.stem(x))))
        x = F.adaptive_avg_pool2d(x, 1)
        return self.fc(x.view(x.size(0), -1))


class OperatorMix(nn.Module):
    """A 1x28x28 classifier touching many operators the loader must accept."""

    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 4, 3, stride=2)
        self.fc = nn.Linear(4 * 7 * 7 + 7, 3)

    def forward(self, x):
        x = F.pad(x, (1, 1, 1, 1))
        x = F.leaky_relu(self.conv(x), 0.1)                 # 4x14x14
        x = F.avg_pool2d(x, 2)                              # 4x7x7
        x = torch.clamp(x, -2.0, 2.0)
        x = F.gelu(x)
        x = torch.sigmoid(x) - torch.tanh(x) / 2.0
        rows = x.mean(dim=(1, 3))                           # batch x 7
        x = x.transpose(2, 3).flatten(1)
        x = torch.cat([x, rows], dim=1)
        return F.log_softmax(self.fc(x), dim=1)


def build(model_class, seed):
    """The model with weights drawn from `seed`, non-trivial BatchNorm statistics, in eval mode."""
    torch.manual_seed(seed)
    model = model_class()
    for module in model.modules():
        if isinstance(module, nn.BatchNorm2d):
            with torch.no_grad():
                module.weight.uniform_(0.5, 1.5)
                module.bias.uniform_(-0.2, 0.2)
                module.running_mean.uniform_(-0.3, 0.3)
                module.running_var.uniform_(0.5, 2.0)
    return model.eval()


def export(model, name, example, opset, fold_constants, metadata=None, directory=FIXTURES):
    path = directory / f"{name}.onnx"
    torch.onnx.export(
        model, (example,), str(path),
        opset_version=opset, dynamo=False, do_constant_folding=fold_constants,
        input_names=["input"], output_names=["logits"],
        dynamic_axes={"input": {0: "batch"}, "logits": {0: "batch"}},
    )
    proto = onnx.load(str(path))
    proto.producer_name = "perturb make-onnx-fixtures.py"
    proto.producer_version = torch.__version__
    for key, value in (metadata or {}).items():
        entry = proto.metadata_props.add()
        entry.key, entry.value = key, json.dumps(value)
    onnx.checker.check_model(proto)
    onnx.save(proto, str(path))
    return path


def tensor_json(array):
    array = np.asarray(array, dtype=np.float32)
    return {"shape": list(array.shape), "data": [float(f"{v:.9g}") for v in array.ravel()]}


def write_reference(model, path, seed, input_shape):
    generator = torch.Generator().manual_seed(seed)
    batch = torch.rand((BATCH, *input_shape), generator=generator)
    session = onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    (output,) = session.run(None, {"input": batch.numpy()})

    weights = torch.randn(output.shape, generator=generator)
    tracked = batch.clone().requires_grad_(True)
    torch_output = model(tracked)
    assert np.allclose(torch_output.detach().numpy(), output, atol=1e-5), f"{path.name}: torch and onnxruntime disagree"
    (torch_output * weights).sum().backward()

    reference = {
        "model": path.name,
        "input": tensor_json(batch),
        "output": tensor_json(output),
        "objectiveWeights": tensor_json(weights),
        "inputGradient": tensor_json(tracked.grad),
    }
    (FIXTURES / f"{path.stem}.reference.json").write_text(json.dumps(reference, separators=(",", ":")) + "\n")


def bench_models():
    BENCH_MODELS.mkdir(parents=True, exist_ok=True)
    example = torch.zeros(1, 3, 32, 32)
    export(build(BenchCNN, seed=4), "bench-cnn-opset17", example, opset=17, fold_constants=True, directory=BENCH_MODELS)
    export(build(BenchResNet, seed=5), "bench-resnet-opset17", example, opset=17, fold_constants=False,
           directory=BENCH_MODELS)
    for file in sorted(BENCH_MODELS.iterdir()):
        print(f"{file.stat().st_size:>8}  {file.name}")


def main():
    FIXTURES.mkdir(parents=True, exist_ok=True)
    torch.use_deterministic_algorithms(True)

    cnn = build(SmallCNN, seed=1)
    cnn_metadata = {
        "labels": ["circle", "square", "triangle", "cross", "star"],
        "input": {"channels": 3, "height": 16, "width": 16, "range": [0, 1]},
        "mean": [0.5, 0.5, 0.5],
        "std": [0.25, 0.25, 0.25],
    }
    example = torch.zeros(1, 3, 16, 16)
    path = export(cnn, "cnn-opset17", example, opset=17, fold_constants=True, metadata=cnn_metadata)
    write_reference(cnn, path, seed=11, input_shape=(3, 16, 16))
    path = export(cnn, "cnn-opset11", example, opset=11, fold_constants=True)
    write_reference(cnn, path, seed=11, input_shape=(3, 16, 16))

    resnet = build(SmallResNet, seed=2)
    path = export(resnet, "resnet-opset17", example, opset=17, fold_constants=False)
    write_reference(resnet, path, seed=12, input_shape=(3, 16, 16))
    sidecar = {
        "labels": ["stop", "yield", "no-entry", "speed-limit-30"],
        "input": {"channels": 3, "height": 16, "width": 16, "range": [0, 1]},
        "mean": [0.485, 0.456, 0.406],
        "std": [0.229, 0.224, 0.225],
    }
    (FIXTURES / "resnet-opset17.json").write_text(json.dumps(sidecar, indent=2) + "\n")

    mix = build(OperatorMix, seed=3)
    path = export(mix, "ops-opset13", torch.zeros(1, 1, 28, 28), opset=13, fold_constants=True)
    write_reference(mix, path, seed=13, input_shape=(1, 28, 28))

    for file in sorted(FIXTURES.iterdir()):
        print(f"{file.stat().st_size:>8}  {file.name}")


if __name__ == "__main__":
    bench_models() if "--bench" in sys.argv[1:] else main()
