#!/usr/bin/env python3
"""Writes the hand-made JPEGs among the image_import seeds and regressions.

Each is one or two flat 8x8 blocks a component, baseline, with a tiny
Huffman coder of our own, so the file says exactly what a test needs:

  corpus/image_import/cmyk-adobe-red.jpg  Adobe CMYK (stored inverted, as
      Photoshop writes it), 8x8, pure red: the decoder must turn it to RGB.
  regressions/image_import/jpeg-dc-overflow.jpg  two blocks whose DC
      coefficient grows to 65534 with a 16-bit quantisation value of 65535:
      Debian's stb_image 2.27 multiplied them in int (signed overflow, found
      by the CI fuzz smoke test); libjpeg-turbo adds them as unsigned.

Usage: fuzz/make_jpegs.py  (from anywhere; writes next to this script)
"""
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))


def segment(marker, payload):
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


class Bits:
    def __init__(self):
        self.out = bytearray()
        self.value = 0
        self.count = 0

    def put(self, code, length):
        for i in range(length - 1, -1, -1):
            self.value = (self.value << 1) | ((code >> i) & 1)
            self.count += 1
            if self.count == 8:
                self.out.append(self.value)
                if self.value == 0xFF:
                    self.out.append(0)  # byte stuffing
                self.value = 0
                self.count = 0

    def finish(self):
        while self.count:
            self.put(1, 1)  # pad with ones
        return bytes(self.out)


def jpeg(width, height, dc_per_block, quant0=1, sixteen_bit=False, adobe_cmyk=False):
    """dc_per_block: for each block (left to right), a DC value per component."""
    components = len(dc_per_block[0])
    parts = [b"\xff\xd8"]
    if adobe_cmyk:
        parts.append(segment(0xEE, b"Adobe" + struct.pack(">HHHB", 100, 0, 0, 0)))
    table = [quant0] + [1] * 63
    if sixteen_bit:
        parts.append(segment(0xDB, bytes([0x10]) + b"".join(struct.pack(">H", q) for q in table)))
    else:
        parts.append(segment(0xDB, bytes([0x00]) + bytes(table)))
    sof = struct.pack(">BHHB", 8, height, width, components)
    for c in range(components):
        sof += bytes([c + 1, 0x11, 0])
    parts.append(segment(0xC0, sof))
    # DC table: categories 0..15, each a 5-bit code equal to the category.
    dc_counts = [0] * 16
    dc_counts[4] = 16
    parts.append(segment(0xC4, bytes([0x00]) + bytes(dc_counts) + bytes(range(16))))
    # AC table: only end-of-block, code "0".
    ac_counts = [0] * 16
    ac_counts[0] = 1
    parts.append(segment(0xC4, bytes([0x10]) + bytes(ac_counts) + bytes([0x00])))
    sos = bytes([components])
    for c in range(components):
        sos += bytes([c + 1, 0x00])
    sos += bytes([0, 63, 0])
    parts.append(segment(0xDA, sos))
    bits = Bits()
    previous = [0] * components
    for block in dc_per_block:
        for c, dc in enumerate(block):
            diff = dc - previous[c]
            previous[c] = dc
            category = abs(diff).bit_length()
            bits.put(category, 5)
            if category:
                bits.put(diff if diff > 0 else diff + (1 << category) - 1, category)
            bits.put(0, 1)  # end of block
    parts.append(bits.finish())
    parts.append(b"\xff\xd9")
    return b"".join(parts)


def flat_dc(sample):
    """The DC coefficient of a flat 8x8 block of one sample value (quant 1)."""
    return (sample - 128) * 8


def write(relative, data):
    path = os.path.join(HERE, relative)
    with open(path, "wb") as out:
        out.write(data)
    print(f"{relative}: {len(data)} bytes")


# Red in Adobe's inverted CMYK: C=0 M=255 Y=255 K=0 stored as 255, 0, 0, 255.
write("corpus/image_import/cmyk-adobe-red.jpg",
      jpeg(8, 8, [[flat_dc(255), flat_dc(0), flat_dc(0), flat_dc(255)]], adobe_cmyk=True))
write("regressions/image_import/jpeg-dc-overflow.jpg",
      jpeg(16, 8, [[32767], [65534]], quant0=65535, sixteen_bit=True))
