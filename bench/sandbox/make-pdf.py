#!/usr/bin/env python3
"""Writes a valid one-page PDF of about SIZE bytes (a stream of random bytes pads it) to PATH.
Usage: make-pdf.py PATH SIZE"""
import os
import sys

path, size = sys.argv[1], int(sys.argv[2])
padding = os.urandom(max(0, size - 600))
objects = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
    b"<< /Length %d >>\nstream\n" % len(padding) + padding + b"\nendstream",
]
out = b"%PDF-1.4\n"
offsets = []
for number, body in enumerate(objects, start=1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
with open(path, "wb") as f:
    f.write(out)
