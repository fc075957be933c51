#!/usr/bin/env python3
"""Writes the sample PNGs in this folder, assembled byte by byte (zlib + CRC),
so they do not depend on Perturb's own encoder. Run: python3 make-samples.py"""
import math
import struct
import zlib

ADAM7 = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def pack_row(samples, bit_depth):
    """Packs one row of samples (ints) at bit_depth into bytes."""
    if bit_depth == 16:
        return b"".join(struct.pack(">H", s) for s in samples)
    if bit_depth == 8:
        return bytes(samples)
    out, per_byte = bytearray(), 8 // bit_depth
    for start in range(0, len(samples), per_byte):
        byte = 0
        for i, s in enumerate(samples[start:start + per_byte]):
            byte |= s << (8 - bit_depth * (i + 1))
        out.append(byte)
    return bytes(out)


def png(width, height, bit_depth, color_type, channels, pixel, interlaced=False, extra=b""):
    """pixel(x, y) returns a tuple of `channels` samples."""
    raw = bytearray()
    passes = ADAM7 if interlaced else [(0, 0, 1, 1)]
    for x0, y0, dx, dy in passes:
        xs = range(x0, width, dx)
        for y in range(y0, height, dy):
            if not xs:
                continue
            raw.append(0)
            raw += pack_row([s for x in xs for s in pixel(x, y)], bit_depth)
    header = struct.pack(">IIBBBBB", width, height, bit_depth, color_type, 0, 0, 1 if interlaced else 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + extra + chunk(b"IDAT", zlib.compress(bytes(raw), 9))
            + chunk(b"IEND", b""))


def text(keyword, value):
    return chunk(b"tEXt", keyword.encode("latin-1") + b"\0" + value.encode("latin-1"))


def itxt(keyword, value):
    return chunk(b"iTXt", keyword.encode("latin-1") + b"\0\0\0en\0\0" + value.encode("utf-8"))


def gradient(x, y):
    return (x * 255 // 47, y * 255 // 31, (x + y) * 255 // 78)


def no_entry(x, y):
    """Palette index: 0 transparent, 1 red, 2 white rim, 3 white bar."""
    dx, dy = abs(x - 15.5), abs(y - 15.5)
    octagon = max(dx, dy, (dx + dy) / math.sqrt(2))
    if octagon > 15:
        return (0,)
    if octagon > 13:
        return (2,)
    return (3,) if abs(dy) < 2.5 and dx < 10 else (1,)


def ramp(x, y):
    return ((x * 65535 // 31 + y * 257) % 65536,)


if __name__ == "__main__":
    palette = chunk(b"PLTE", bytes([0, 0, 0, 200, 16, 46, 255, 255, 255, 240, 240, 240]))
    transparency = chunk(b"tRNS", bytes([0]))
    physical = chunk(b"pHYs", struct.pack(">IIB", 11811, 11811, 1))  # 300 dpi

    files = {
        "gradient-rgb.png": png(48, 32, 8, 2, 3, gradient,
                                extra=text("Title", "RGB gradient") + text("Software", "Perturb make-samples.py")),
        "no-entry-palette.png": png(32, 32, 4, 3, 1, no_entry, interlaced=True,
                                     extra=palette + transparency + physical + itxt("Title", "No entry sign \u2014 4-bit palette, Adam7")),
        "ramp-gray16.png": png(32, 16, 16, 0, 1, ramp, extra=text("Title", "16-bit gray ramp")),
    }
    for name, data in files.items():
        with open(name, "wb") as f:
            f.write(data)
        print(name, len(data), "bytes")
