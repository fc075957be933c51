#!/usr/bin/env python3
"""Writes small seed PNGs for the fuzzer into Fuzz/seeds/: every colour type
and bit depth, interlaced and not, with text chunks of every kind.
Uses the byte-level writer of SampleImages/make-samples.py."""
import importlib.util
import os
import zlib

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("samples", os.path.join(here, "..", "SampleImages", "make-samples.py"))
samples = importlib.util.module_from_spec(spec)
spec.loader.exec_module(samples)

CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
DEPTHS = {0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16]}
os.makedirs(os.path.join(here, "seeds"), exist_ok=True)
ztxt = samples.chunk(b"zTXt", b"Comment\0\0" + zlib.compress(b"compressed comment"))
for color_type, depths in DEPTHS.items():
    for depth in depths:
        for interlaced in (False, True):
            top = (1 << depth) - 1
            def pixel(x, y):
                return tuple((x * 7 + y * 13 + c * 5) % (top + 1) for c in range(CHANNELS[color_type]))
            extra = samples.text("Title", "seed") + ztxt + samples.itxt("Author", "Perturb \u00e9")
            if color_type == 3:
                extra = samples.chunk(b"PLTE", bytes(i % 256 for i in range(3 * (top + 1)))) + samples.chunk(b"tRNS", b"\x00\x80") + extra
            data = samples.png(9, 7, depth, color_type, CHANNELS[color_type], pixel, interlaced, extra)
            name = f"type{color_type}-{depth}bit{'-adam7' if interlaced else ''}.png"
            with open(os.path.join(here, "seeds", name), "wb") as f:
                f.write(data)
