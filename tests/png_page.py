#!/usr/bin/env python3
"""png_page: what a printed page holds, read from a PNG's pixels with the
standard library alone (8-bit RGB or RGBA, not interlaced): the share of
its pixels that are white paper (all three channels 240 or more) and of
dark ink (all under 100) in the band of rows from TOP to BOTTOM (shares
of the height). Prints "white=0.83 ink=0.021". Usage: png_page.py PNG TOP
BOTTOM"""
import struct
import sys
import zlib


def rows(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit("%s: not a PNG" % path)
    at, idat, head = 8, b"", None
    while at < len(data):
        size, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + size]
        if kind == b"IHDR":
            head = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        at += 12 + size
    w, h, depth, color, _, _, interlace = head
    if depth != 8 or color not in (2, 6) or interlace:
        sys.exit("%s: only 8-bit RGB(A), not interlaced" % path)
    bpp = 3 if color == 2 else 4
    raw, stride, prev, out = zlib.decompress(idat), w * bpp, None, []
    for y in range(h):
        kind, line = raw[y * (stride + 1)], bytearray(
            raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        prev = prev or bytearray(stride)
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else b if pb <= pc else c
                line[i] = (line[i] + pred) & 255
        out.append(line)
        prev = line
    return w, h, bpp, out


def main():
    path, top, bottom = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
    w, h, bpp, lines = rows(path)
    white = ink = total = band = 0
    for y, line in enumerate(lines):
        inside = top * h <= y < bottom * h
        for x in range(0, w * bpp, bpp * 2):  # every other pixel: enough
            r, g, b = line[x], line[x + 1], line[x + 2]
            total += 1
            white += r >= 240 and g >= 240 and b >= 240
            if inside:
                band += 1
                ink += r < 100 and g < 100 and b < 100
    print("white=%.3f ink=%.4f" % (white / total, ink / max(band, 1)))


main()
